'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { SlotClash } from '@/db/errors';
import { answerBilateral, requestBilateral, scheduleBilateral, setBilateralRooms, setBilateralRules, type BilateralRoomInput, type TimeWindow } from '@/db/mutations/bilaterals';
import { getMeeting, type MeetingSummary } from '@/db/queries/meetings';
import { validatedActionWithViewer, type ActionState } from '@/lib/server/action';
import { describeSlotClash } from '@/lib/server/bilaterals/clash-text';
import { BILATERAL_LEVEL_VALUES } from '@/lib/domain/values';
import { delegationCode, meetingSlug, recordId, wholeNumberField } from '@/lib/server/form-fields';
import { wholeNumber } from '@/lib/domain/route-params';
import { fromLocalDateTime } from '@/lib/domain/zoned-time';

/** The lengths a bilateral may have (UNFCCC's and ITU's booking rules: 30 to 90 minutes). */
const LENGTHS = ['30', '45', '60', '75', '90'] as const;
const WINDOWS = 3;
const MAX_ROOMS = 30;
const MAX_BUFFER = 120;

/** Every page that shows bilaterals: the board and the parties' schedules (under delegations/). */
const refresh = (slug: string) => revalidatePath(`/meetings/${slug}`, 'layout');

/** A room's id, or null when none was chosen. */
const idOrBlank = z.string().transform((raw) => wholeNumber(raw) || null);

type Instant = { instant: Date } | { error: string };

/** A datetime-local field on the meeting's clock. */
function instantOf(raw: unknown, timeZone: string): Instant {
  const resolved = fromLocalDateTime(typeof raw === 'string' ? raw.trim() : '', timeZone);
  if (resolved.kind === 'skipped') return { error: 'skippedLocalTime' };
  if (resolved.kind === 'invalid') return { error: 'invalidDateTime' };
  return { instant: resolved.instant };
}

/**
 * The times a form puts on the table (`window-<n>-start` and `-end`): the first is required,
 * the others may stay blank.
 */
function windowsOf(input: Record<string, unknown>, meeting: MeetingSummary, fieldErrors: Record<string, string[]>): TimeWindow[] {
  const windows: TimeWindow[] = [];
  for (let n = 0; n < WINDOWS; n++) {
    const [startRaw, endRaw] = [input[`window-${n}-start`], input[`window-${n}-end`]];
    const blank = (v: unknown) => typeof v !== 'string' || v.trim() === '';
    if (n > 0 && blank(startRaw) && blank(endRaw)) continue;
    const start = instantOf(startRaw, meeting.timeZone);
    const end = instantOf(endRaw, meeting.timeZone);
    if ('error' in start) fieldErrors[`window-${n}-start`] = [blank(startRaw) ? 'required' : start.error];
    if ('error' in end) fieldErrors[`window-${n}-end`] = [blank(endRaw) ? 'required' : end.error];
    if ('instant' in start && 'instant' in end) {
      if (end.instant <= start.instant) fieldErrors[`window-${n}-end`] = ['dateRangeReversed'];
      else windows.push({ start: start.instant, end: end.instant });
    }
  }
  return windows;
}

/** A delegation asks others for a bilateral (`invited-<code>` boxes), with up to three preferred times. */
export const requestNewBilateral = validatedActionWithViewer(
  z.looseObject({
    slug: meetingSlug,
    minutes: z.enum(LENGTHS, 'invalidInput'),
    level: z.enum(BILATERAL_LEVEL_VALUES, 'invalidInput'),
    topic: z.string().trim().min(1, 'required').max(500, 'tooLong'),
    interpretation: z.literal('on').optional(),
    duringPlenary: z.literal('on').optional(),
  }),
  async (input, viewer): Promise<ActionState> => {
    const meeting = getMeeting(viewer, input.slug);
    const invitedCodes = Object.keys(input).flatMap((key) => {
      const code = /^invited-(.+)$/.exec(key)?.[1];
      return code === undefined ? [] : [code];
    });
    if (invitedCodes.some((code) => !delegationCode.safeParse(code).success)) return { ok: false, message: 'invalidInput' };
    const fieldErrors: Record<string, string[]> = {};
    if (invitedCodes.length === 0) fieldErrors.invited = ['bilateralChooseDelegations'];
    const windows = windowsOf(input, meeting, fieldErrors);
    if (Object.keys(fieldErrors).length > 0) return { ok: false, message: 'invalidInput', fieldErrors };
    const { id } = requestBilateral(viewer, meeting, {
      invitedCodes,
      windows,
      minutes: Number(input.minutes),
      level: input.level,
      topic: input.topic.normalize('NFC'),
      interpretation: input.interpretation === 'on',
      duringPlenary: input.duringPlenary === 'on',
    });
    refresh(input.slug);
    return { ok: true, message: 'bilateralRequested', id };
  },
);

/** A party accepts, declines (withdraws its own request, calls off a booked one), or proposes another start (`start`, on the meeting's clock) for the bilateral's length. */
export const answerBilateralRequest = validatedActionWithViewer(
  z.looseObject({ slug: meetingSlug, bilateralId: recordId, version: wholeNumberField, answer: z.enum(['accept', 'decline', 'propose'], 'invalidInput') }),
  async (input, viewer): Promise<ActionState> => {
    const meeting = getMeeting(viewer, input.slug);
    const base = { bilateralId: input.bilateralId, version: input.version };
    if (input.answer !== 'propose') {
      answerBilateral(viewer, meeting, { ...base, answer: input.answer });
    } else {
      const start = instantOf(input.start, meeting.timeZone);
      if ('error' in start) return { ok: false, message: 'invalidInput', fieldErrors: { start: [typeof input.start === 'string' && input.start.trim() ? start.error : 'required'] } };
      answerBilateral(viewer, meeting, { ...base, answer: 'propose', start: start.instant });
    }
    refresh(input.slug);
    return { ok: true, message: input.answer === 'decline' ? 'bilateralDeclined' : input.answer === 'propose' ? 'bilateralProposed' : 'bilateralAccepted' };
  },
);

/** The secretariat books an agreed bilateral into a room at a start on the meeting's clock; a clash comes back named. */
export const assignBilateralSlot = validatedActionWithViewer(
  z.looseObject({ slug: meetingSlug, bilateralId: recordId, version: wholeNumberField, roomId: idOrBlank, start: z.string() }),
  async (input, viewer): Promise<ActionState & { clash?: string }> => {
    const meeting = getMeeting(viewer, input.slug);
    const start = instantOf(input.start, meeting.timeZone);
    const fieldErrors: Record<string, string[]> = {};
    if ('error' in start) fieldErrors.start = [input.start.trim() ? start.error : 'required'];
    if (input.roomId === null) fieldErrors.roomId = ['bilateralChooseRoom'];
    if (Object.keys(fieldErrors).length > 0 || !('instant' in start) || input.roomId === null) return { ok: false, message: 'invalidInput', fieldErrors };
    try {
      scheduleBilateral(viewer, meeting, { bilateralId: input.bilateralId, version: input.version, roomId: input.roomId, start: start.instant });
    } catch (error) {
      if (!(error instanceof SlotClash)) throw error;
      return { ok: false, message: 'invalidInput', fieldErrors: { start: ['bilateralClash'] }, clash: await describeSlotClash(error.clash, meeting) };
    }
    refresh(input.slug);
    return { ok: true, message: 'bilateralScheduled' };
  },
);

/** The bilateral rooms, one row each (`room-<n>-name`, `-capacity`, `-interpretation`, `-equipment`); a row with no name is dropped. */
export const saveBilateralRooms = validatedActionWithViewer(
  z.looseObject({ slug: meetingSlug }),
  async (input, viewer): Promise<ActionState> => {
    const rooms: BilateralRoomInput[] = [];
    const fieldErrors: Record<string, string[]> = {};
    for (let row = 0; row < MAX_ROOMS; row++) {
      const text = (field: string) => {
        const raw = input[`room-${row}-${field}`];
        return typeof raw === 'string' ? raw.trim().normalize('NFC') : '';
      };
      const name = text('name');
      if (name === '') continue;
      const capacity = wholeNumber(text('capacity'));
      if (name.length > 80) fieldErrors[`room-${row}-name`] = ['tooLong'];
      if (rooms.some((r) => r.name === name)) fieldErrors[`room-${row}-name`] = ['bilateralRoomTwice'];
      if (capacity === null || capacity < 2 || capacity > 500) fieldErrors[`room-${row}-capacity`] = ['bilateralCapacity'];
      if (text('equipment').length > 200) fieldErrors[`room-${row}-equipment`] = ['tooLong'];
      rooms.push({ name, capacity: capacity ?? 0, interpretation: input[`room-${row}-interpretation`] === 'on', equipment: text('equipment') });
    }
    if (Object.keys(fieldErrors).length > 0) return { ok: false, message: 'invalidInput', fieldErrors };
    setBilateralRooms(viewer, getMeeting(viewer, input.slug), rooms);
    refresh(input.slug);
    return { ok: true, message: 'bilateralRoomsSaved' };
  },
);

/** The buffer between a room's meetings (minutes) and the deadline for requests (blank: none). */
export const saveBilateralRules = validatedActionWithViewer(
  z.object({ slug: meetingSlug, bufferMinutes: z.string(), requestDeadline: z.string() }),
  async (input, viewer): Promise<ActionState> => {
    const meeting = getMeeting(viewer, input.slug);
    const fieldErrors: Record<string, string[]> = {};
    const bufferMinutes = wholeNumber(input.bufferMinutes.trim());
    if (bufferMinutes === null || bufferMinutes > MAX_BUFFER) fieldErrors.bufferMinutes = ['bilateralBuffer'];
    const deadline = input.requestDeadline.trim() === '' ? null : instantOf(input.requestDeadline, meeting.timeZone);
    if (deadline && 'error' in deadline) fieldErrors.requestDeadline = [deadline.error];
    if (Object.keys(fieldErrors).length > 0 || bufferMinutes === null || (deadline && 'error' in deadline)) return { ok: false, message: 'invalidInput', fieldErrors };
    setBilateralRules(viewer, meeting, { bufferMinutes, requestDeadline: deadline?.instant ?? null });
    refresh(input.slug);
    return { ok: true, message: 'bilateralRulesSaved' };
  },
);
