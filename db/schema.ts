/**
 * The whole data model of DESIGN.md's domain table, in one file.
 *
 * Conventions: snake_case columns; instants are UTC milliseconds (`integer`, mode
 * `timestamp_ms`) and are shown in the meeting's zone; every shared text carries a
 * `version` for optimistic concurrency; enumerations are text columns checked by
 * zod at the edges and by the `*_VALUES` tuples of lib/domain/values.ts.
 */
import { sql } from 'drizzle-orm';
import {
  blob,
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import {
  MEETING_STATUS_VALUES,
  MEETING_KIND_VALUES,
  WORKING_LANGUAGE_VALUES,
  PRECEDENCE_RULE_VALUES,
  PAGE_SIZE_VALUES,
  SEATING_LAYOUT_VALUES,
  DELEGATION_ROLE_VALUES,
  PARTICIPATION_VALUES,
  ROSTER_FUNCTION_VALUES,
  ACCREDITATION_VALUES,
  BADGE_CATEGORY_VALUES,
  USER_ROLE_VALUES,
  AGENDA_KIND_VALUES,
  SPEAKER_STATUS_VALUES,
  VISIBILITY_VALUES,
  DOCUMENT_KIND_VALUES,
  DOCUMENT_STATUS_VALUES,
  DRAFTING_MODE_VALUES,
  DISTRIBUTION_VALUES,
  PARAGRAPH_KIND_VALUES,
  PARAGRAPH_STATUS_VALUES,
  AMENDMENT_ACTION_VALUES,
  AMENDMENT_STATUS_VALUES,
  AMENDMENT_SUPPORT_VALUES,
  REVISION_KIND_VALUES,
  STANCE_VALUES,
  AUDIT_OUTCOME_VALUES,
  MAIL_KIND_VALUES,
  NOTIFICATION_KIND_VALUES,
  MAIL_DELIVERY_VALUES,
  MAIL_STATUS_VALUES,
  CHECK_IN_OUTCOME_VALUES,
  BILATERAL_LEVEL_VALUES,
  BILATERAL_ANSWER_VALUES,
} from '../lib/domain/values';

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);

export const meetings = sqliteTable('meetings', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  shortTitle: text('short_title').notNull(),
  kind: text('kind', { enum: MEETING_KIND_VALUES }).notNull().default('ministerial'),
  venue: text('venue').notNull(),
  city: text('city').notNull(),
  /** IANA zone, e.g. America/Vancouver: every time is shown in it, labelled. */
  timeZone: text('time_zone').notNull(),
  startsAt: integer('starts_at', { mode: 'timestamp_ms' }).notNull(),
  endsAt: integer('ends_at', { mode: 'timestamp_ms' }).notNull(),
  status: text('status', { enum: MEETING_STATUS_VALUES }).notNull().default('planning'),
  /** ISO 3166 alpha-2 codes, lower case. The co-chairs are delegations with that role. */
  hostStates: text('host_states', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  workingLanguages: text('working_languages', { mode: 'json' })
    .$type<(typeof WORKING_LANGUAGE_VALUES)[number][]>()
    .notNull()
    .default(sql`'["en"]'`),
  precedenceRule: text('precedence_rule', { enum: PRECEDENCE_RULE_VALUES })
    .notNull()
    .default('english'),
  pageSize: text('page_size', { enum: PAGE_SIZE_VALUES }).notNull().default('a4'),
  /** The shape of the plenary table on the seating plan. */
  seatingLayout: text('seating_layout', { enum: SEATING_LAYOUT_VALUES }).notNull().default('round'),
  /** The prefix of every document symbol of the meeting, e.g. `VG/2018` for `VG/2018/1`. */
  documentCode: text('document_code').notNull().default(''),
  createdAt: createdAt(),
});

export const delegations = sqliteTable(
  'delegations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    /** ISO 3166-1 alpha-2, lower case: it is also the address segment. */
    countryCode: text('country_code').notNull(),
    protocolName: text('protocol_name').notNull(),
    role: text('role', { enum: DELEGATION_ROLE_VALUES }).notNull().default('participant'),
    participation: text('participation', { enum: PARTICIPATION_VALUES })
      .notNull()
      .default('invited'),
    /** Position under the manual precedence rule; null under the alphabetical rules. */
    manualRank: integer('manual_rank'),
    /**
     * Place in the seating sequence once the secretariat has swapped seats; null follows
     * the order of precedence (after every placed delegation).
     */
    seatRank: integer('seat_rank'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('delegations_meeting_country_uq').on(t.meetingId, t.countryCode),
    check('delegations_country_code_ck', sql`${t.countryCode} glob '[a-z][a-z]'`),
  ],
);

export const rosterMembers = sqliteTable(
  'roster_members',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    delegationId: integer('delegation_id')
      .notNull()
      .references(() => delegations.id, { onDelete: 'cascade' }),
    fullName: text('full_name').notNull(),
    title: text('title').notNull().default(''),
    function: text('function', { enum: ROSTER_FUNCTION_VALUES }).notNull(),
    email: text('email'),
    accreditation: text('accreditation', { enum: ACCREDITATION_VALUES })
      .notNull()
      .default('requested'),
    category: text('category', { enum: BADGE_CATEGORY_VALUES }).notNull().default('delegate'),
    arrivalAt: integer('arrival_at', { mode: 'timestamp_ms' }),
    departureAt: integer('departure_at', { mode: 'timestamp_ms' }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    index('roster_members_delegation_idx').on(t.delegationId),
    // One head of delegation per delegation, enforced by the database itself.
    uniqueIndex('roster_members_one_head_uq')
      .on(t.delegationId)
      .where(sql`${t.function} = 'head'`),
  ],
);

/**
 * `translator`: host staff who edit only the second-language version of a meeting's
 * documents (issue 22); like the secretariat, they serve meetings through meeting_secretariat.
 */

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Stored lower-cased and trimmed, so one person cannot hold two accounts. */
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    role: text('role', { enum: USER_ROLE_VALUES }).notNull(),
    /** Null for the host secretariat, whose meetings are in meeting_secretariat. */
    delegationId: integer('delegation_id').references(() => delegations.id, {
      onDelete: 'cascade',
    }),
    /** Bumped to end every session of the account at once (sign out everywhere). */
    sessionVersion: integer('session_version').notNull().default(1),
    disabledAt: integer('disabled_at', { mode: 'timestamp_ms' }),
    /**
     * The interface language the person last chose while signed in: their mail is written
     * in it. Null until they choose; mail then goes in the meeting's first working language.
     */
    locale: text('locale', { enum: WORKING_LANGUAGE_VALUES }),
    /**
     * The IANA zone the person reads times in, if they gave one on their account page: a
     * mail's deadline is given in the meeting's zone and in theirs (else in UTC).
     */
    timeZone: text('time_zone'),
    /** Demo accounts are created by the demo seed only, and listed by `npm start`. */
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index('users_delegation_idx').on(t.delegationId),
    uniqueIndex('users_one_head_uq')
      .on(t.delegationId)
      .where(sql`${t.role} = 'head'`),
    // A delegation's accounts (head, staff) belong to it; host staff to none.
    check(
      'users_role_delegation_ck',
      sql`(${t.role} in ('head', 'staff')) = (${t.delegationId} is not null)`,
    ),
  ],
);

/**
 * The meetings a host-staff account serves: a secretariat account those it created or was
 * added to, a translator account those it was created for (the account's role says which).
 * For every other meeting it is a stranger (DESIGN.md), so every access check reads this table.
 */
export const meetingSecretariat = sqliteTable(
  'meeting_secretariat',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.userId] }),
    // The viewer's meetings are read on every request.
    index('meeting_secretariat_user_idx').on(t.userId),
  ],
);

/**
 * A link that lets an invited account set its first password. Only a SHA-256 of the
 * token is kept: the link itself is shown once, to the secretariat that issued it.
 */
export const invitations = sqliteTable(
  'invitations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    /** Set when the link is used, or when a newer link replaces it. */
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
    createdByUserId: integer('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('invitations_user_idx').on(t.userId)],
);

/** Every sign-in attempt, for the lockout rule and the log of failures. */
export const signInAttempts = sqliteTable(
  'sign_in_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    client: text('client').notNull(),
    succeeded: integer('succeeded', { mode: 'boolean' }).notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('sign_in_attempts_email_client_at_idx').on(t.email, t.client, t.at),
    // The per-client limit counts a client's failures across all accounts.
    index('sign_in_attempts_client_at_idx').on(t.client, t.at),
  ],
);

export const agendaItems = sqliteTable(
  'agenda_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    /** Order in the programme; the displayed number follows it. */
    position: integer('position').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    kind: text('kind', { enum: AGENDA_KIND_VALUES }).notNull(),
    startsAt: integer('starts_at', { mode: 'timestamp_ms' }).notNull(),
    endsAt: integer('ends_at', { mode: 'timestamp_ms' }).notNull(),
    location: text('location').notNull().default(''),
    chair: text('chair').notNull().default(''),
    /** Null while a draft: delegations see published items only. */
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('agenda_items_meeting_position_idx').on(t.meetingId, t.position)],
);

/** The fields of an agenda item that delegations see change after publication. */
export const AGENDA_TRACKED_FIELDS = [
  'title',
  'description',
  'kind',
  'startsAt',
  'endsAt',
  'location',
  'chair',
] as const;

/** One field's change: texts as written, times as UTC milliseconds. */
export type AgendaFieldChange = {
  field: (typeof AGENDA_TRACKED_FIELDS)[number];
  before: string | number;
  after: string | number;
};

/**
 * What changed in a published item, and when: delegations planned around the published
 * programme, so every later edit is shown beside the item to everyone. Drafts keep none.
 */
export const agendaItemChanges = sqliteTable(
  'agenda_item_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    agendaItemId: integer('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    /** The item's version this change produced. */
    version: integer('version').notNull(),
    changes: text('changes', { mode: 'json' }).$type<AgendaFieldChange[]>().notNull(),
  },
  (t) => [index('agenda_item_changes_item_idx').on(t.agendaItemId, t.at)],
);

export const agendaSpeakers = sqliteTable(
  'agenda_speakers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    agendaItemId: integer('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    delegationId: integer('delegation_id')
      .notNull()
      .references(() => delegations.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    status: text('status', { enum: SPEAKER_STATUS_VALUES }).notNull().default('requested'),
    minutes: integer('minutes'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('agenda_speakers_item_delegation_uq').on(t.agendaItemId, t.delegationId)],
);

export const positionStatements = sqliteTable(
  'position_statements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    delegationId: integer('delegation_id')
      .notNull()
      .references(() => delegations.id, { onDelete: 'cascade' }),
    /** Null for a general statement. */
    agendaItemId: integer('agenda_item_id').references(() => agendaItems.id, {
      onDelete: 'set null',
    }),
    title: text('title').notNull(),
    visibility: text('visibility', { enum: VISIBILITY_VALUES }).notNull().default('delegation'),
    circulatedByUserId: integer('circulated_by_user_id').references(() => users.id),
    circulatedAt: integer('circulated_at', { mode: 'timestamp_ms' }),
    /**
     * The first version the secretariat may read (the one current when the statement was
     * shared or circulated); earlier versions were drafts and stay with the delegation.
     */
    sharedFromVersion: integer('shared_from_version'),
    /** The first version every delegation may read (the one current when circulated). */
    circulatedFromVersion: integer('circulated_from_version'),
    /** Number of the latest entry in position_versions. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('position_statements_meeting_visibility_idx').on(t.meetingId, t.visibility),
    index('position_statements_delegation_idx').on(t.delegationId),
    index('position_statements_agenda_item_idx').on(t.agendaItemId),
  ],
);

export const positionVersions = sqliteTable(
  'position_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    statementId: integer('statement_id')
      .notNull()
      .references(() => positionStatements.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    body: text('body').notNull(),
    authorUserId: integer('author_user_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('position_versions_statement_number_uq').on(t.statementId, t.number)],
);

export const outcomeDocuments = sqliteTable(
  'outcome_documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: DOCUMENT_KIND_VALUES }).notNull(),
    title: text('title').notNull(),
    /** The running number in the meeting's symbols: `VG/2018/1`. */
    number: integer('number').notNull(),
    /** How often the text was reissued after adoption: 1 makes the symbol `VG/2018/1/Rev.1`. */
    reissue: integer('reissue').notNull().default(0),
    draftingMode: text('drafting_mode', { enum: DRAFTING_MODE_VALUES }).notNull().default('negotiated'),
    distribution: text('distribution', { enum: DISTRIBUTION_VALUES }).notNull().default('limited'),
    /**
     * The language the text is negotiated in: paragraphs.text is in it. In a meeting whose
     * working languages are English and French, the other one is kept in paragraph_translations.
     */
    negotiatingLanguage: text('negotiating_language', { enum: WORKING_LANGUAGE_VALUES }).notNull().default('en'),
    status: text('status', { enum: DOCUMENT_STATUS_VALUES }).notNull().default('drafting'),
    /** Document-wide revision number: bumped by every change of paragraph text. */
    revision: integer('revision').notNull().default(1),
    silenceDeadline: integer('silence_deadline', { mode: 'timestamp_ms' }),
    silenceStartedAt: integer('silence_started_at', { mode: 'timestamp_ms' }),
    silenceBrokenByDelegationId: integer('silence_broken_by_delegation_id').references(
      () => delegations.id,
    ),
    silenceBrokenByUserId: integer('silence_broken_by_user_id').references(() => users.id),
    silenceBrokenReason: text('silence_broken_reason'),
    silenceBrokenAt: integer('silence_broken_at', { mode: 'timestamp_ms' }),
    adoptedAt: integer('adopted_at', { mode: 'timestamp_ms' }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    index('outcome_documents_meeting_idx').on(t.meetingId),
    uniqueIndex('outcome_documents_meeting_number_uq').on(t.meetingId, t.number),
  ],
);

/** The delegations that read a document of restricted distribution (the secretariat always does). */
export const documentRecipients = sqliteTable(
  'document_recipients',
  {
    documentId: integer('document_id')
      .notNull()
      .references(() => outcomeDocuments.id, { onDelete: 'cascade' }),
    delegationId: integer('delegation_id')
      .notNull()
      .references(() => delegations.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.delegationId] })],
);

export const paragraphs = sqliteTable(
  'paragraphs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => outcomeDocuments.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind', { enum: PARAGRAPH_KIND_VALUES }).notNull(),
    /** May hold bracketed, disputed segments: `[option A / option B]`. */
    text: text('text').notNull(),
    status: text('status', { enum: PARAGRAPH_STATUS_VALUES }).notNull().default('draft'),
    version: integer('version').notNull().default(1),
    /** Deleted paragraphs are kept so that history and amendments still resolve. */
    deletedAt: integer('deleted_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('paragraphs_document_position_idx').on(t.documentId, t.position)],
);

/**
 * A paragraph in the document's other working language. `sourceText` is the negotiated text
 * it was translated from: once the paragraph's text differs, the translation is out of date
 * (lib/domain/translation-state.ts), and the comparison shows what changed since.
 */
export const paragraphTranslations = sqliteTable(
  'paragraph_translations',
  {
    paragraphId: integer('paragraph_id')
      .notNull()
      .references(() => paragraphs.id, { onDelete: 'cascade' }),
    language: text('language', { enum: WORKING_LANGUAGE_VALUES }).notNull(),
    text: text('text').notNull(),
    sourceText: text('source_text').notNull(),
    version: integer('version').notNull().default(1),
    translatedByUserId: integer('translated_by_user_id').references(() => users.id),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.paragraphId, t.language] })],
);

/** Which delegations hold a bracket: `bracketIndex` counts brackets in the text, from 0. */
export const bracketHolders = sqliteTable(
  'bracket_holders',
  {
    paragraphId: integer('paragraph_id')
      .notNull()
      .references(() => paragraphs.id, { onDelete: 'cascade' }),
    bracketIndex: integer('bracket_index').notNull(),
    delegationId: integer('delegation_id')
      .notNull()
      .references(() => delegations.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.paragraphId, t.bracketIndex, t.delegationId] })],
);

export const amendments = sqliteTable(
  'amendments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    paragraphId: integer('paragraph_id')
      .notNull()
      .references(() => paragraphs.id, { onDelete: 'cascade' }),
    delegationId: integer('delegation_id')
      .notNull()
      .references(() => delegations.id, { onDelete: 'cascade' }),
    proposedByUserId: integer('proposed_by_user_id').references(() => users.id),
    action: text('action', { enum: AMENDMENT_ACTION_VALUES }).notNull(),
    /** Empty for a deletion. */
    proposedText: text('proposed_text').notNull().default(''),
    rationale: text('rationale').notNull().default(''),
    positionStatementId: integer('position_statement_id').references(
      () => positionStatements.id,
      { onDelete: 'set null' },
    ),
    status: text('status', { enum: AMENDMENT_STATUS_VALUES }).notNull().default('open'),
    /** The paragraph's version when proposed: a later version means it must be re-read. */
    baseParagraphVersion: integer('base_paragraph_version').notNull(),
    /** The paragraph's text when proposed, to show what changed under the amendment. */
    baseText: text('base_text').notNull().default(''),
    decidedByUserId: integer('decided_by_user_id').references(() => users.id),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
    decisionReason: text('decision_reason'),
    createdAt: createdAt(),
  },
  (t) => [
    index('amendments_paragraph_status_idx').on(t.paragraphId, t.status),
    index('amendments_delegation_idx').on(t.delegationId),
  ],
);

export const amendmentSupports = sqliteTable(
  'amendment_supports',
  {
    amendmentId: integer('amendment_id')
      .notNull()
      .references(() => amendments.id, { onDelete: 'cascade' }),
    delegationId: integer('delegation_id')
      .notNull()
      .references(() => delegations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: AMENDMENT_SUPPORT_VALUES }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.amendmentId, t.delegationId] })],
);

export const comments = sqliteTable(
  'comments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => outcomeDocuments.id, { onDelete: 'cascade' }),
    paragraphId: integer('paragraph_id').references(() => paragraphs.id, { onDelete: 'cascade' }),
    amendmentId: integer('amendment_id').references(() => amendments.id, { onDelete: 'cascade' }),
    authorUserId: integer('author_user_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('comments_paragraph_idx').on(t.paragraphId),
    index('comments_amendment_idx').on(t.amendmentId),
    check(
      'comments_target_ck',
      sql`(${t.paragraphId} is null) <> (${t.amendmentId} is null)`,
    ),
  ],
);

export const revisions = sqliteTable(
  'revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => outcomeDocuments.id, { onDelete: 'cascade' }),
    paragraphId: integer('paragraph_id')
      .notNull()
      .references(() => paragraphs.id, { onDelete: 'cascade' }),
    /** The document revision this change produced. */
    number: integer('number').notNull(),
    kind: text('kind', { enum: REVISION_KIND_VALUES }).notNull(),
    textBefore: text('text_before'),
    textAfter: text('text_after'),
    authorUserId: integer('author_user_id').references(() => users.id),
    amendmentId: integer('amendment_id').references(() => amendments.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('revisions_document_number_idx').on(t.documentId, t.number),
    index('revisions_paragraph_idx').on(t.paragraphId),
  ],
);

export const stances = sqliteTable(
  'stances',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => outcomeDocuments.id, { onDelete: 'cascade' }),
    delegationId: integer('delegation_id')
      .notNull()
      .references(() => delegations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: STANCE_VALUES }).notNull(),
    /** The reservation's or objection's words; printed as a footnote for a reservation. */
    text: text('text').notNull().default(''),
    /** The document revision the stance was given on. */
    revision: integer('revision').notNull(),
    recordedByUserId: integer('recorded_by_user_id').references(() => users.id),
    recordedAt: integer('recorded_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('stances_document_delegation_uq').on(t.documentId, t.delegationId)],
);

/** Who did (or was refused) what to which record, when, with before and after as JSON. */
export const auditEntries = sqliteTable(
  'audit_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    actorUserId: integer('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** The actor's delegation at the time, so a head can read their delegation's entries. */
    actorDelegationId: integer('actor_delegation_id').references(() => delegations.id, {
      onDelete: 'set null',
    }),
    meetingId: integer('meeting_id').references(() => meetings.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    recordType: text('record_type').notNull(),
    recordId: text('record_id'),
    outcome: text('outcome', { enum: AUDIT_OUTCOME_VALUES }).notNull().default('done'),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
  },
  (t) => [
    index('audit_entries_meeting_at_idx').on(t.meetingId, t.at),
    index('audit_entries_actor_delegation_at_idx').on(t.actorDelegationId, t.at),
    index('audit_entries_record_idx').on(t.recordType, t.recordId),
    // The audit page's filter by actor, newest first.
    index('audit_entries_actor_at_idx').on(t.actorUserId, t.at),
  ],
);

/**
 * When each account last opened each document's page, for "changed since my last visit".
 * `seenBefore` is the visit the page compares against and `seenLast` the latest load: the
 * pair rolls only once something changed after `seenLast`, so reloading or switching
 * filters keeps showing the changes that visit brought (lib/domain/document-visit.ts).
 */
export const documentVisits = sqliteTable(
  'document_visits',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    documentId: integer('document_id')
      .notNull()
      .references(() => outcomeDocuments.id, { onDelete: 'cascade' }),
    /** Null until the account's second visit with something new. */
    seenBefore: integer('seen_before', { mode: 'timestamp_ms' }),
    seenLast: integer('seen_last', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.documentId] })],
);

/**
 * The durable outbox: a mail is written in the transaction of the change that causes it
 * and sent after commit by the mailer (db/mailer.ts), so a crash loses none. The body of
 * a mail that carries a one-time link is erased once sent.
 */
export const mailOutbox = sqliteTable(
  'mail_outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: MAIL_KIND_VALUES }).notNull(),
    /** The meeting whose secretariat sees the mail in its outbox; null for none. */
    meetingId: integer('meeting_id').references(() => meetings.id, { onDelete: 'cascade' }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    toAddress: text('to_address').notNull(),
    locale: text('locale', { enum: WORKING_LANGUAGE_VALUES }).notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    /** The page the mail is about, for a digest that lists it. */
    link: text('link').notNull(),
    /** Sent as the Message-ID header, so a receiver can recognise a copy. */
    messageId: text('message_id').notNull().unique(),
    status: text('status', { enum: MAIL_STATUS_VALUES }).notNull().default('waiting'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    lastError: text('last_error'),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
    /** For a digested mail, the digest that carried it. */
    digestId: integer('digest_id'),
    createdAt: createdAt(),
  },
  (t) => [
    index('mail_outbox_status_next_idx').on(t.status, t.nextAttemptAt),
    index('mail_outbox_meeting_created_idx').on(t.meetingId, t.createdAt),
  ],
);

/** How one account wants one kind of notification; no row means at once. */
export const mailPreferences = sqliteTable(
  'mail_preferences',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: NOTIFICATION_KIND_VALUES }).notNull(),
    delivery: text('delivery', { enum: MAIL_DELIVERY_VALUES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/**
 * A roster member's badge photo: re-encoded by lib/server/accreditation/member-photo (no metadata
 * survives), kept in the database so that its backups hold it too.
 */
export const memberPhotos = sqliteTable('member_photos', {
  memberId: integer('member_id')
    .primaryKey()
    .references(() => rosterMembers.id, { onDelete: 'cascade' }),
  jpeg: blob('jpeg', { mode: 'buffer' }).notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

/** The most members of one category a delegation may accredit to a meeting (no row: no limit). */
export const accreditationQuotas = sqliteTable(
  'accreditation_quotas',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    category: text('category', { enum: BADGE_CATEGORY_VALUES }).notNull(),
    perDelegation: integer('per_delegation').notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.category] }), check('accreditation_quotas_positive_ck', sql`${t.perDelegation} >= 0`)],
);

/** A part of the venue a badge may open (plenary, bilateral rooms, press centre...), defined by the secretariat. */
export const accessZones = sqliteTable(
  'access_zones',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [uniqueIndex('access_zones_meeting_name_uq').on(t.meetingId, t.name)],
);

/** Which categories a zone admits. */
export const zoneCategories = sqliteTable(
  'zone_categories',
  {
    zoneId: integer('zone_id')
      .notNull()
      .references(() => accessZones.id, { onDelete: 'cascade' }),
    category: text('category', { enum: BADGE_CATEGORY_VALUES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.zoneId, t.category] })],
);

/**
 * A printed badge. `ticket` is what its QR code carries: opaque and unguessable
 * (lib/platform/accreditation/badge-ticket). Issuing again or revoking sets `voidedAt`, so the old
 * code reads as revoked at the door; a member has at most one valid badge.
 */
export const badges = sqliteTable(
  'badges',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    memberId: integer('member_id')
      .notNull()
      .references(() => rosterMembers.id, { onDelete: 'cascade' }),
    ticket: text('ticket').notNull().unique(),
    issuedAt: integer('issued_at', { mode: 'timestamp_ms' }).notNull(),
    voidedAt: integer('voided_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('badges_one_valid_uq').on(t.memberId).where(sql`${t.voidedAt} is null`)],
);

/** Every scan at the door, whatever it found: the secretariat reads who is in the building from it. */
export const checkIns = sqliteTable(
  'check_ins',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    /** Null for an unknown code. */
    badgeId: integer('badge_id').references(() => badges.id, { onDelete: 'cascade' }),
    outcome: text('outcome', { enum: CHECK_IN_OUTCOME_VALUES }).notNull(),
    scannedByUserId: integer('scanned_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('check_ins_meeting_idx').on(t.meetingId, t.at), index('check_ins_badge_idx').on(t.badgeId)],
);

/** The secretariat's rules for bilaterals: the buffer between a room's meetings, the deadline for requests. No row: the defaults. */
export const bilateralRules = sqliteTable('bilateral_rules', {
  meetingId: integer('meeting_id')
    .primaryKey()
    .references(() => meetings.id, { onDelete: 'cascade' }),
  bufferMinutes: integer('buffer_minutes').notNull().default(15),
  /** Requests not agreed by then have expired; null: no deadline. */
  requestDeadline: integer('request_deadline', { mode: 'timestamp_ms' }),
});

/** The rooms the secretariat gives to bilaterals. */
export const bilateralRooms = sqliteTable(
  'bilateral_rooms',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    capacity: integer('capacity').notNull(),
    /** Booths and headsets: a request that needs interpretation only goes to such a room. */
    interpretation: integer('interpretation', { mode: 'boolean' }).notNull().default(false),
    equipment: text('equipment').notNull().default(''),
    position: integer('position').notNull(),
    /** A room taken off the list keeps the bilaterals already held in it. */
    retiredAt: integer('retired_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('bilateral_rooms_meeting_name_uq').on(t.meetingId, t.name)],
);

/**
 * A bilateral meeting asked for by one delegation of one or more others. Its topic is for the
 * parties alone; once agreed, the secretariat gives it a room and a slot.
 */
export const bilaterals = sqliteTable(
  'bilaterals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    requesterId: integer('requester_id')
      .notNull()
      .references(() => delegations.id, { onDelete: 'cascade' }),
    level: text('level', { enum: BILATERAL_LEVEL_VALUES }).notNull(),
    topic: text('topic').notNull(),
    minutes: integer('minutes').notNull(),
    interpretation: integer('interpretation', { mode: 'boolean' }).notNull().default(false),
    /** The parties accept a slot during a plenary session of the published programme. */
    duringPlenary: integer('during_plenary', { mode: 'boolean' }).notNull().default(false),
    /** The party that proposed the times now on the table; null: the requester's own. */
    proposedById: integer('proposed_by_id').references(() => delegations.id, { onDelete: 'set null' }),
    roomId: integer('room_id').references(() => bilateralRooms.id, { onDelete: 'restrict' }),
    startsAt: integer('starts_at', { mode: 'timestamp_ms' }),
    endsAt: integer('ends_at', { mode: 'timestamp_ms' }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    index('bilaterals_meeting_idx').on(t.meetingId),
    index('bilaterals_room_idx').on(t.roomId, t.startsAt),
    check('bilaterals_minutes_ck', sql`${t.minutes} between 30 and 90`),
  ],
);

/** Every delegation at a bilateral, the requester among them, with its answer to the times on the table. */
export const bilateralParties = sqliteTable(
  'bilateral_parties',
  {
    bilateralId: integer('bilateral_id')
      .notNull()
      .references(() => bilaterals.id, { onDelete: 'cascade' }),
    delegationId: integer('delegation_id')
      .notNull()
      .references(() => delegations.id, { onDelete: 'cascade' }),
    answer: text('answer', { enum: BILATERAL_ANSWER_VALUES }).notNull().default('pending'),
  },
  (t) => [primaryKey({ columns: [t.bilateralId, t.delegationId] }), index('bilateral_parties_delegation_idx').on(t.delegationId)],
);

/** The times on the table: the requester's preferences, or another party's proposal, which replaces them. */
export const bilateralWindows = sqliteTable(
  'bilateral_windows',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    bilateralId: integer('bilateral_id')
      .notNull()
      .references(() => bilaterals.id, { onDelete: 'cascade' }),
    startsAt: integer('starts_at', { mode: 'timestamp_ms' }).notNull(),
    endsAt: integer('ends_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('bilateral_windows_bilateral_idx').on(t.bilateralId)],
);
