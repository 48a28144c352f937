/** How long texts may be: shared by forms (maxlength), actions (zod) and mutations. */

/** A paragraph or an amendment's text (a long operative paragraph runs to ~1,500 characters). */
export const PARAGRAPH_TEXT_LIMIT = 4000;
/** A comment. */
export const COMMENT_LIMIT = 2000;
/** A rationale, a reason or the words of a reservation or objection. */
export const REASON_LIMIT = 2000;
