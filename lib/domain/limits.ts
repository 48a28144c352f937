/** How long texts may be: shared by forms (maxlength), actions (zod) and mutations. */

/** A paragraph or an amendment's text (a long operative paragraph runs to ~1,500 characters). */
export const PARAGRAPH_TEXT_LIMIT = 4000;
/** A comment. */
export const COMMENT_LIMIT = 2000;
/** A rationale, a reason or the words of a reservation or objection. */
export const REASON_LIMIT = 2000;
/**
 * A .docx draft to import: Word drafts with pictures run to a few megabytes. Bigger files are
 * refused before they are read (next.config.mjs lets server actions take a little more, so
 * that the refusal reaches the field rather than failing the request).
 */
export const DRAFT_UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;
/** A pasted draft, in characters: a long communiqué is about 50,000. */
export const PASTED_DRAFT_LIMIT = 1_000_000;
