/**
 * The enumerations of the data model: the tuples db/schema.ts checks its text columns
 * against, and that forms offer as choices and actions accept. Plain values below every
 * layer, so that pages and client components may import them without the schema.
 */

export const MEETING_STATUS_VALUES = ['planning', 'in_session', 'concluded'] as const;
export const MEETING_KIND_VALUES = ['ministerial', 'senior_officials', 'working_group'] as const;
export const WORKING_LANGUAGE_VALUES = ['en', 'fr'] as const;
export const PRECEDENCE_RULE_VALUES = ['english', 'french', 'manual'] as const;
export const PAGE_SIZE_VALUES = ['letter', 'a4'] as const;
export const SEATING_LAYOUT_VALUES = ['round', 'horseshoe', 'rectangular'] as const;
export const DELEGATION_ROLE_VALUES = ['co_chair', 'participant'] as const;
export const PARTICIPATION_VALUES = ['invited', 'confirmed', 'declined', 'attended'] as const;
export const ROSTER_FUNCTION_VALUES = [
  'head',
  'deputy',
  'adviser',
  'interpreter',
  'press',
  'security',
] as const;

/** `requested` is shown as "submitted": the delegation has put the person forward (issue 23). */
export const ACCREDITATION_VALUES = ['requested', 'approved', 'badge_issued', 'revoked'] as const;

/** What a badge says a person is: its colour band and the access zones it opens. */
export const BADGE_CATEGORY_VALUES = ['head_of_delegation', 'delegate', 'adviser', 'security', 'press', 'support'] as const;

/** `door`: security staff at the entrance, who check badges in and see nothing else (issue 23). */
export const USER_ROLE_VALUES = ['secretariat', 'translator', 'door', 'head', 'staff'] as const;
export const AGENDA_KIND_VALUES = [
  'plenary',
  'working_session',
  'meal',
  'bilateral',
  'press',
] as const;
export const SPEAKER_STATUS_VALUES = ['requested', 'accepted'] as const;
export const VISIBILITY_VALUES = ['delegation', 'secretariat', 'circulated'] as const;
export const DOCUMENT_KIND_VALUES = [
  'communique',
  'joint_statement',
  'chairs_summary',
  'co_chairs_summary',
  'declaration',
] as const;
export const DOCUMENT_STATUS_VALUES = ['drafting', 'silence', 'adopted'] as const;

/**
 * A negotiated text takes amendments, stances and silence; a chair's text is drafted by the
 * secretariat alone and issued under the chair's authority, delegations read and comment.
 */
export const DRAFTING_MODE_VALUES = ['negotiated', 'chairs_text'] as const;

/** Who reads a document: general and limited reach every participant, restricted only named delegations. */
export const DISTRIBUTION_VALUES = ['general', 'limited', 'restricted'] as const;
export const PARAGRAPH_KIND_VALUES = ['heading', 'preambular', 'operative'] as const;
export const PARAGRAPH_STATUS_VALUES = ['draft', 'bracketed', 'agreed_ad_ref', 'agreed'] as const;
export const AMENDMENT_ACTION_VALUES = ['replace', 'insert_after', 'delete'] as const;
export const AMENDMENT_STATUS_VALUES = ['open', 'accepted', 'rejected', 'withdrawn'] as const;
export const AMENDMENT_SUPPORT_VALUES = ['cosponsor', 'oppose'] as const;
export const REVISION_KIND_VALUES = ['create', 'edit', 'move', 'delete', 'amendment'] as const;
export const STANCE_VALUES = ['endorse', 'reservation', 'objection'] as const;
export const AUDIT_OUTCOME_VALUES = ['done', 'denied'] as const;

/** What a mail is about; an account chooses how each notification kind reaches it. */
export const MAIL_KIND_VALUES = [
  'invitation',
  'password_reset',
  'silence_started',
  'silence_ended',
  'amendment_decided',
  'statement_circulated',
  'digest',
] as const;

/** The kinds an account may hold back for a digest or turn off; the others always go. */
export const NOTIFICATION_KIND_VALUES = ['silence_started', 'silence_ended', 'amendment_decided', 'statement_circulated'] as const;
export const MAIL_DELIVERY_VALUES = ['immediate', 'digest', 'never'] as const;

/**
 * waiting: to be sent at `next_attempt_at`; held: kept for the recipient's digest, due at
 * `next_attempt_at`; digested: went out inside a digest; sent; failed: refused for good
 * (the server's answer in `last_error`).
 */
export const MAIL_STATUS_VALUES = ['waiting', 'held', 'digested', 'sent', 'failed'] as const;
export const CHECK_IN_OUTCOME_VALUES = ['admitted', 'already', 'revoked', 'unknown'] as const;

/** Bilateral meetings on the margins (issue 24). */
export const BILATERAL_LEVEL_VALUES = ['ministers', 'senior_officials'] as const;
export const BILATERAL_ANSWER_VALUES = ['pending', 'accepted', 'declined'] as const;
