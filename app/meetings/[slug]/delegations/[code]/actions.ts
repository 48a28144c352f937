'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { updateDelegation } from '@/db/mutations/delegations';
import { addRosterMember, importRosterMembers, removeRosterMember, updateRosterMember } from '@/db/mutations/roster';
import { getRosterForEditing, getRosterMember } from '@/db/queries/delegations';
import { getMeeting } from '@/db/queries/meetings';
import { invalidInput, validatedActionWithViewer, type ActionState } from '@/lib/server/action';
import { delegationCode, delegationFields, meetingSlug, recordId } from '@/lib/server/form-fields';
import { readRosterCsv, type ImportPreview } from '@/lib/domain/roster-csv';
import { rosterMemberSchema } from '@/lib/domain/roster-member';
import { setMemberPhoto } from '@/db/mutations/accreditation';
import { MAX_PHOTO_BYTES, PhotoRefused, prepareMemberPhoto } from '@/lib/server/accreditation/member-photo';

const rosterPath = (slug: string, code: string) => `/meetings/${slug}/delegations/${code}`;
const target = { slug: meetingSlug, code: delegationCode };

/** The secretariat changes a delegation's protocol name, role or participation. */
export const saveDelegationSettings = validatedActionWithViewer(
  z.object({ ...delegationFields, code: delegationCode }),
  async ({ slug, ...input }, viewer) => {
    updateDelegation(viewer, getMeeting(viewer, slug), input);
    revalidatePath(`/meetings/${slug}`, 'layout');
    return { ok: true, message: 'saved' };
  },
);

// The member's own fields are read in the meeting's time zone, known only once the meeting is.
const memberForm = z.looseObject({ ...target, memberId: recordId.optional(), version: recordId.optional() });

function readMember(input: Record<string, unknown>, timeZone: string) {
  return rosterMemberSchema(timeZone).safeParse(input);
}

/** Adds a member to a roster (the delegation's own people, or the secretariat). */
export const addMember = validatedActionWithViewer(memberForm, async (input, viewer) => {
  const meeting = getMeeting(viewer, input.slug);
  const member = readMember(input, meeting.timeZone);
  if (!member.success) return invalidInput(member.error);
  addRosterMember(viewer, meeting, input.code, member.data);
  revalidatePath(rosterPath(input.slug, input.code));
  redirect(rosterPath(input.slug, input.code));
});

/** Saves a member's details, unless someone else saved them since the form was opened. */
export const saveMember = validatedActionWithViewer(memberForm, async (input, viewer): Promise<ActionState> => {
  if (!input.memberId || !input.version) return { ok: false, message: 'invalidInput' };
  const meeting = getMeeting(viewer, input.slug);
  const member = readMember(input, meeting.timeZone);
  if (!member.success) return invalidInput(member.error);
  updateRosterMember(viewer, meeting, input.code, input.memberId, input.version, member.data);
  revalidatePath(rosterPath(input.slug, input.code));
  redirect(rosterPath(input.slug, input.code));
});

/** Removes a member from a roster. */
export const removeMember = validatedActionWithViewer(
  z.object({ ...target, memberId: recordId }),
  async ({ slug, code, memberId }, viewer) => {
    removeRosterMember(viewer, getMeeting(viewer, slug), code, memberId);
    revalidatePath(rosterPath(slug, code));
    redirect(rosterPath(slug, code));
  },
);

/**
 * Stores a member's badge photo after checking what the file really is and re-encoding it
 * (lib/server/accreditation/member-photo); a refused file is named at its field and the photo
 * already on file stays.
 */
export const uploadMemberPhoto = validatedActionWithViewer(
  z.object({
    ...target,
    memberId: recordId,
    photo: z.instanceof(File, { message: 'chooseFile' }).refine((f) => f.size > 0, 'chooseFile').refine((f) => f.size <= MAX_PHOTO_BYTES, 'photoTooLarge'),
  }),
  async ({ slug, code, memberId, photo }, viewer): Promise<ActionState> => {
    const meeting = getMeeting(viewer, slug);
    // Who may not upload never has their file decoded.
    getRosterMember(viewer, meeting, code, memberId);
    let jpeg: Buffer;
    try {
      jpeg = await prepareMemberPhoto(new Uint8Array(await photo.arrayBuffer()));
    } catch (error) {
      if (error instanceof PhotoRefused) return { ok: false, message: 'invalidInput', fieldErrors: { photo: [error.problem] } };
      throw error;
    }
    setMemberPhoto(viewer, meeting, code, memberId, jpeg);
    revalidatePath(rosterPath(slug, code));
    return { ok: true, message: 'photoSaved' };
  },
);

const MAX_CSV_BYTES = 256 * 1024;

/** What the import form shows: every row read, every problem, and the file's text to confirm with. */
type ImportPreviewState = {
  rows: { row: number; fullName: string; function: string }[];
  problems: ImportPreview['problems'];
  ignoredColumns: string[];
  csv: string;
};

export type ImportState =
  | { ok: true; preview: ImportPreviewState }
  | { ok: false; message: string; preview?: ImportPreviewState }
  | null;

const forTheForm = (preview: ImportPreview, csv: string): ImportPreviewState => ({
  rows: preview.rows.map(({ row, fullName, function: role }) => ({ row, fullName, function: role })),
  problems: preview.problems,
  ignoredColumns: preview.ignoredColumns,
  csv,
});

async function previewFor(slug: string, code: string, csv: string, viewer: Parameters<typeof getMeeting>[0]) {
  const meeting = getMeeting(viewer, slug);
  const { hasHead } = getRosterForEditing(viewer, meeting, code);
  const preview = readRosterCsv(csv, { timeZone: meeting.timeZone, hasHead, mayAccredit: viewer.role === 'secretariat' });
  return { meeting, preview };
}

const csvText = z.string().max(MAX_CSV_BYTES, 'csvTooLarge');

/** Reads a roster CSV and shows every row's problems; saves nothing. */
export const previewRosterImport = validatedActionWithViewer(
  z.object({
    ...target,
    file: z
      .instanceof(File, { message: 'chooseFile' })
      .refine((f) => f.size > 0, 'chooseFile')
      .refine((f) => f.size <= MAX_CSV_BYTES, 'csvTooLarge'),
  }),
  async ({ slug, code, file }, viewer): Promise<ImportState> => {
    const csv = await file.text();
    const { preview } = await previewFor(slug, code, csv, viewer);
    const withText = forTheForm(preview, csv);
    return preview.problems.length === 0 ? { ok: true, preview: withText } : { ok: false, message: 'csvHasProblems', preview: withText };
  },
);

/** Saves every row of a checked CSV, or none if any row has a problem. */
export const importRoster = validatedActionWithViewer(
  z.object({ ...target, csv: csvText }),
  async ({ slug, code, csv }, viewer): Promise<ImportState> => {
    const { meeting, preview } = await previewFor(slug, code, csv, viewer);
    if (preview.problems.length > 0) return { ok: false, message: 'csvHasProblems', preview: forTheForm(preview, csv) };
    importRosterMembers(viewer, meeting, code, preview.rows.flatMap((r) => (r.member ? [r.member] : [])));
    revalidatePath(rosterPath(slug, code));
    redirect(`${rosterPath(slug, code)}?imported=${preview.rows.length}`);
  },
);
