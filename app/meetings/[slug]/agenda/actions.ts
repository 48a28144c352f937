'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { VersionConflict } from '@/db/errors';
import * as agenda from '@/db/mutations/agenda';
import * as speakers from '@/db/mutations/agenda-speakers';
import { AGENDA_KIND_VALUES } from '@/lib/domain/values';
import { getMeeting } from '@/db/queries/meetings';
import { validatedActionWithViewer, type ActionState } from '@/lib/server/action';
import { idListField, meetingSlug, recordId } from '@/lib/server/form-fields';
import { LOCAL_DATE_TIME } from '@/lib/domain/zoned-time';

const id = recordId;
const slug = meetingSlug;
const text = (max: number) => z.string().trim().max(max, 'tooLong');
const localDateTime = z.string().min(1, 'required').regex(LOCAL_DATE_TIME, 'invalidDateTime');
const order = idListField;

const itemFields = {
  slug,
  title: z.string().trim().min(1, 'required').max(200, 'tooLong'),
  description: text(4000),
  kind: z.enum(AGENDA_KIND_VALUES, 'required'),
  startsAt: localDateTime,
  endsAt: localDateTime,
  location: text(200),
  chair: text(200),
};

const done = (meetingSlug: string, state: ActionState): ActionState => {
  revalidatePath(`/meetings/${meetingSlug}/agenda`);
  return state;
};

/** Runs a move checked against the order the page showed; a changed order reloads instead. */
function moveInOrder(meetingSlug: string, move: () => void): ActionState {
  try {
    move();
  } catch (error) {
    if (error instanceof VersionConflict) return done(meetingSlug, { ok: false, message: 'orderChanged' });
    throw error;
  }
  return done(meetingSlug, { ok: true, message: 'moved' });
}

/** Adds a draft item; a warning rather than a refusal when its room is already taken then. */
export const createAgendaItem = validatedActionWithViewer(z.object(itemFields), async ({ slug, ...input }, viewer) => {
  const saved = agenda.createAgendaItem(viewer, getMeeting(viewer, slug), input);
  return done(slug, { ok: true, id: saved.id, message: saved.overlaps.length ? 'savedWithOverlap' : 'itemCreated' });
});

/** Saves an edit made on `version`; a stale version comes back as a conflict with the current item. */
export const updateAgendaItem = validatedActionWithViewer(
  z.object({ ...itemFields, itemId: id, version: id }),
  async ({ slug, itemId, version, ...input }, viewer) => {
    try {
      const saved = agenda.updateAgendaItem(viewer, getMeeting(viewer, slug), itemId, version, input);
      return done(slug, { ok: true, id: itemId, message: saved.overlaps.length ? 'savedWithOverlap' : 'saved' });
    } catch (error) {
      // The page behind the conflict view should show the current programme too.
      if (error instanceof VersionConflict) revalidatePath(`/meetings/${slug}/agenda`);
      throw error;
    }
  },
);

export const deleteAgendaItem = validatedActionWithViewer(
  z.object({ slug, itemId: id, version: id }),
  async ({ slug, itemId, version }, viewer) => {
    try {
      agenda.deleteAgendaItem(viewer, getMeeting(viewer, slug), itemId, version);
    } catch (error) {
      // The item changed since the page showed it: show the change before anyone deletes it.
      if (error instanceof VersionConflict) return done(slug, { ok: false, message: 'deleteConflict' });
      throw error;
    }
    return done(slug, { ok: true, message: 'deleted' });
  },
);

export const publishAgendaItem = validatedActionWithViewer(z.object({ slug, itemId: id }), async ({ slug, itemId }, viewer) => {
  agenda.publishAgendaItems(viewer, getMeeting(viewer, slug), { itemId });
  return done(slug, { ok: true, message: 'published' });
});

export const publishAgendaDay = validatedActionWithViewer(
  z.object({ slug, day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'invalidInput') }),
  async ({ slug, day }, viewer) => {
    agenda.publishAgendaItems(viewer, getMeeting(viewer, slug), { day });
    return done(slug, { ok: true, message: 'published' });
  },
);

/** Moves an item next to another of its day; `order` is the programme as the page showed it. */
export const moveAgendaItem = validatedActionWithViewer(
  z.object({ slug, itemId: id, targetId: id, placement: z.enum(['before', 'after']), order }),
  async ({ slug, itemId, targetId, placement, order: expectedOrder }, viewer) =>
    moveInOrder(slug, () => agenda.moveAgendaItem(viewer, getMeeting(viewer, slug), { itemId, targetId, placement, expectedOrder })),
);

export const requestFloor = validatedActionWithViewer(z.object({ slug, itemId: id }), async ({ slug, itemId }, viewer) => {
  speakers.requestFloor(viewer, getMeeting(viewer, slug), itemId);
  return done(slug, { ok: true, message: 'floorRequested' });
});

export const withdrawFloorRequest = validatedActionWithViewer(z.object({ slug, itemId: id }), async ({ slug, itemId }, viewer) => {
  speakers.withdrawFloorRequest(viewer, getMeeting(viewer, slug), itemId);
  return done(slug, { ok: true, message: 'floorWithdrawn' });
});

export const acceptSpeaker = validatedActionWithViewer(z.object({ slug, speakerId: id }), async ({ slug, speakerId }, viewer) => {
  speakers.acceptSpeaker(viewer, getMeeting(viewer, slug), speakerId);
  return done(slug, { ok: true, message: 'speakerAccepted' });
});

export const removeSpeaker = validatedActionWithViewer(z.object({ slug, speakerId: id }), async ({ slug, speakerId }, viewer) => {
  speakers.removeSpeaker(viewer, getMeeting(viewer, slug), speakerId);
  return done(slug, { ok: true, message: 'speakerRemoved' });
});

export const moveSpeaker = validatedActionWithViewer(
  z.object({ slug, speakerId: id, direction: z.enum(['up', 'down']), order }),
  async ({ slug, speakerId, direction, order: expectedOrder }, viewer) =>
    moveInOrder(slug, () => speakers.moveSpeaker(viewer, getMeeting(viewer, slug), { speakerId, direction, expectedOrder })),
);

const MINUTES_FIELD = /^minutes-(\d+)$/;

/** One field per speaker, `minutes-<speakerId>`: whole minutes, or empty for no limit. */
export const setSpeakingTimes = validatedActionWithViewer(
  z.object({ slug, itemId: id }).catchall(z.unknown()),
  async ({ slug, itemId, ...fields }, viewer) => {
    const times = Object.entries(fields).flatMap(([name, value]) => {
      const match = MINUTES_FIELD.exec(name);
      if (!match) return [];
      const written = String(value).trim();
      return [{ speakerId: Number(match[1]), minutes: written === '' ? null : Number(written) }];
    });
    speakers.setSpeakingTimes(viewer, getMeeting(viewer, slug), itemId, times);
    return done(slug, { ok: true, message: 'timesSaved' });
  },
);
