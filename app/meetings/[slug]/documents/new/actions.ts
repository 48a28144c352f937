'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { createDocument } from '@/db/mutations/documents';
import { checkDocumentCreator } from '@/db/queries/documents';
import { getMeeting } from '@/db/queries/meetings';
import { validatedActionWithViewer } from '@/lib/server/action';
import { DOCUMENT_KIND_VALUES, DRAFTING_MODE_VALUES, PARAGRAPH_KIND_VALUES } from '@/lib/domain/values';
import { readDocxDraft } from '@/lib/server/docx/read-draft';
import { IMPORT_PARAGRAPH_LIMIT, readDraftText, type DraftImport } from '@/lib/domain/draft-import';
import { meetingSlug } from '@/lib/server/form-fields';
import { LOCALES, type Locale } from '@/i18n/locales';
import { DRAFT_UPLOAD_LIMIT_BYTES, PARAGRAPH_TEXT_LIMIT, PASTED_DRAFT_LIMIT } from '@/lib/domain/limits';

const documentFields = {
  slug: meetingSlug,
  kind: z.enum(DOCUMENT_KIND_VALUES, 'required'),
  title: z.string().trim().min(1, 'required').max(300, 'tooLong'),
  draftingMode: z.enum(DRAFTING_MODE_VALUES, 'required'),
  /** Absent where the meeting works in one language: then it is that one. */
  negotiatingLanguage: z.enum(LOCALES, 'required').optional(),
};

/** Where the draft comes from, and the field its problems are shown at. */
const SOURCE_FIELD = { empty: null, paste: 'text', upload: 'file' } as const;

/** What the form shows after "Preview": the paragraphs as they will be saved, and what is wrong with them. */
export type NewDocumentPreview = DraftImport & {
  /** The paragraphs as the confirming form sends them back (checked again there). */
  json: string;
  kind: (typeof DOCUMENT_KIND_VALUES)[number];
  title: string;
  draftingMode: (typeof DRAFTING_MODE_VALUES)[number];
  negotiatingLanguage?: Locale;
};

export type NewDocumentState =
  | { ok: true; preview: NewDocumentPreview; values: Record<string, string> }
  | { ok: false; message?: string; fieldErrors?: Record<string, string[]>; preview?: NewDocumentPreview; values?: Record<string, string> }
  | null;

type Refusal = Extract<NewDocumentState, { ok: false }>;
const refused = (field: string, code: string): Refusal => ({ ok: false, message: 'invalidInput', fieldErrors: { [field]: [code] } });

/**
 * The draft's paragraphs from the chosen source, or the field error that stops it: no file,
 * a file over the limit (refused before it is read), one that is not a Word document, or a
 * source without any text.
 */
async function readSource(start: keyof typeof SOURCE_FIELD, text: string, file: File | undefined): Promise<DraftImport | Refusal> {
  if (start === 'empty') return { paragraphs: [], problems: [] };
  if (start === 'paste') {
    const draft = readDraftText(text);
    return draft.paragraphs.length ? draft : refused('text', 'importEmpty');
  }
  if (!file || file.size === 0) return refused('file', 'chooseDocx');
  if (file.size > DRAFT_UPLOAD_LIMIT_BYTES) return refused('file', 'docxTooLarge');
  const draft = await readDocxDraft(new Uint8Array(await file.arrayBuffer()));
  if (!draft) return refused('file', 'notDocx');
  return draft.paragraphs.length ? draft : refused('file', 'importEmptyDocx');
}

/** Reads the chosen start (nothing, pasted text, a .docx) into the paragraphs to confirm; saves nothing. */
export const previewNewDocument = validatedActionWithViewer(
  z.object({
    ...documentFields,
    start: z.enum(['empty', 'paste', 'upload'], 'required'),
    text: z.string().max(PASTED_DRAFT_LIMIT, 'importTooLarge').default(''),
    file: z.instanceof(File).optional(),
  }),
  async ({ slug, start, text, file, ...document }, viewer): Promise<NewDocumentState> => {
    checkDocumentCreator(viewer, getMeeting(viewer, slug));
    const draft = await readSource(start, text, file);
    if (!('paragraphs' in draft)) return draft;
    const values = { ...document, start, text };
    if (draft.paragraphs.length > IMPORT_PARAGRAPH_LIMIT) return { ...refused(SOURCE_FIELD[start]!, 'importTooManyParagraphs'), values };
    const preview = { ...draft, ...document, json: JSON.stringify(draft.paragraphs.map(({ kind, text }) => ({ kind, text }))) };
    if (draft.problems.length > 0) {
      return { ok: false, message: 'importHasProblems', fieldErrors: { [SOURCE_FIELD[start]!]: ['importHasProblems'] }, preview, values };
    }
    return { ok: true, preview, values };
  },
);

const confirmedParagraphs = z
  .string()
  .max(PASTED_DRAFT_LIMIT * 2, 'importTooLarge')
  .transform((raw, context) => {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      context.addIssue({ code: 'custom', message: 'invalidInput' });
      return z.NEVER;
    }
  })
  .pipe(
    z
      .array(z.strictObject({ kind: z.enum(PARAGRAPH_KIND_VALUES), text: z.string().trim().min(1).max(PARAGRAPH_TEXT_LIMIT) }), 'invalidInput')
      .max(IMPORT_PARAGRAPH_LIMIT, 'importTooManyParagraphs'),
  );

/** Saves the confirmed preview as a new document, and opens it. */
export const createNewDocument = validatedActionWithViewer(
  z.object({ ...documentFields, paragraphs: confirmedParagraphs }),
  async ({ slug, ...input }, viewer) => {
    const { id } = createDocument(viewer, getMeeting(viewer, slug), input);
    revalidatePath(`/meetings/${slug}/documents`);
    redirect(`/meetings/${slug}/documents/${id}`);
  },
);
