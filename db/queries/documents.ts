import 'server-only';
import { translationLanguage, translationState, type TranslationState } from '@/lib/domain/translation-state';
import { delegationName } from '@/lib/domain/countries';
import type { Locale } from '@/i18n/locales';
import type { AuditAction } from '@/lib/domain/audit-actions';
import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { countBrackets, parseBrackets } from '@/lib/domain/brackets';
import type { ParagraphFacts } from '@/lib/domain/document-focus';
import { documentSymbol } from '@/lib/domain/document-symbol';
import { groupBy } from '@/lib/domain/group-by';
import { inPrecedenceOrder } from '@/lib/domain/precedence';
import { numbersWithinKind, operativeNumbers } from '@/lib/domain/paragraph-numbers';
import { getDb } from '../client';
import { idList, inIdList, preparedQuery } from '../prepared';
import { belongsToMeeting, deny, requireSecretariat } from '../access';
import type { Viewer } from '../viewer';
import { openItems, type OpenItems } from '../document-readiness';
import { amendments, amendmentSupports, bracketHolders, comments, delegations, documentRecipients, outcomeDocuments, paragraphs, paragraphTranslations, positionStatements, stances, users } from '../schema';
import { type DISTRIBUTION_VALUES, type DOCUMENT_KIND_VALUES, type DRAFTING_MODE_VALUES } from '@/lib/domain/values';
import type { MeetingSummary } from './meetings';
import { findReadableDocument, readableDocument, readableDocuments, statusAt } from './readable-documents';
import { precedenceColumns } from '../precedence-columns';

export type DocumentListItem = {
  id: number;
  kind: (typeof DOCUMENT_KIND_VALUES)[number];
  title: string;
  /** The running number in the meeting, and how often the text was reissued after adoption. */
  number: number;
  reissue: number;
  /** `VG/2018/1`, `VG/2018/1/Rev.1`: see lib/domain/document-symbol.ts. */
  symbol: string;
  status: 'drafting' | 'silence' | 'adopted';
  revision: number;
  draftingMode: (typeof DRAFTING_MODE_VALUES)[number];
  distribution: (typeof DISTRIBUTION_VALUES)[number];
  /** The language the text is negotiated in. */
  negotiatingLanguage: Locale;
  paragraphCount: number;
  openAmendmentCount: number;
};

const documentColumns = {
  id: outcomeDocuments.id,
  kind: outcomeDocuments.kind,
  title: outcomeDocuments.title,
  number: outcomeDocuments.number,
  reissue: outcomeDocuments.reissue,
  revision: outcomeDocuments.revision,
  draftingMode: outcomeDocuments.draftingMode,
  distribution: outcomeDocuments.distribution,
  negotiatingLanguage: outcomeDocuments.negotiatingLanguage,
};

const liveParagraph = isNull(paragraphs.deletedAt);

/**
 * The meeting's outcome documents the viewer may read: every participant reads those of
 * general and limited distribution, a restricted one only its named delegations and the
 * secretariat. Throws AccessDenied(404) outside the viewer's meeting.
 */
export function listDocuments(viewer: Viewer, meeting: MeetingSummary): DocumentListItem[] {
  if (!belongsToMeeting(viewer, meeting.id)) {
    deny(viewer, 404, { action: 'list_documents', recordType: 'meeting', recordId: meeting.slug });
  }
  const db = getDb();
  const readableIds = readableDocuments(db, viewer, meeting.id).map((d) => d.id);
  if (readableIds.length === 0) return [];
  const paragraphCounts = db
    .select({ documentId: paragraphs.documentId, n: count().as('paragraph_n') })
    .from(paragraphs)
    .where(liveParagraph)
    .groupBy(paragraphs.documentId)
    .as('paragraph_counts');
  const amendmentCounts = db
    .select({ documentId: paragraphs.documentId, n: count().as('amendment_n') })
    .from(amendments)
    .innerJoin(paragraphs, eq(paragraphs.id, amendments.paragraphId))
    .where(eq(amendments.status, 'open'))
    .groupBy(paragraphs.documentId)
    .as('amendment_counts');
  const rows = db
    .select({
      ...documentColumns,
      status: statusAt(Date.now()).status,
      paragraphCount: sql<number>`coalesce(${paragraphCounts.n}, 0)`,
      openAmendmentCount: sql<number>`coalesce(${amendmentCounts.n}, 0)`,
    })
    .from(outcomeDocuments)
    .leftJoin(paragraphCounts, eq(paragraphCounts.documentId, outcomeDocuments.id))
    .leftJoin(amendmentCounts, eq(amendmentCounts.documentId, outcomeDocuments.id))
    .where(inArray(outcomeDocuments.id, readableIds))
    .orderBy(asc(outcomeDocuments.number))
    .all();
  return rows.map((row) => ({ ...row, symbol: documentSymbol(meeting.documentCode, row.number, row.reissue) }));
}

type Ref = { code: string; protocolName: string };

export type TextPiece =
  | { kind: 'text'; text: string }
  | { kind: 'bracket'; index: number; alternatives: string[]; holders: Ref[] };

export type CommentView = {
  id: number;
  authorName: string;
  /** The author's delegation, or null for the secretariat. */
  affiliation: string | null;
  body: string;
  createdAt: Date;
};

export type AmendmentView = {
  id: number;
  delegation: Ref;
  proposedByName: string | null;
  action: 'replace' | 'insert_after' | 'delete';
  proposedText: string;
  rationale: string;
  /** The paragraph's text when proposed; differs from the current text when `stale`. */
  baseText: string;
  /** True when the paragraph changed since the proposal: accepting needs a confirmation. */
  stale: boolean;
  positionStatement: { id: number; title: string } | null;
  cosponsors: Ref[];
  opponents: Ref[];
  /** How the viewer's own delegation stands on it. */
  viewerSupport: 'cosponsor' | 'oppose' | null;
  isViewersOwn: boolean;
  comments: CommentView[];
  createdAt: Date;
};

export type DocumentParagraph = {
  id: number;
  /** The operative paragraph's number; null for headings and preambular paragraphs. */
  number: number | null;
  /** Its number among paragraphs of its kind, by which delegates name it ("preambular paragraph 2"). */
  ordinal: number;
  kind: 'heading' | 'preambular' | 'operative';
  text: string;
  pieces: TextPiece[];
  status: 'draft' | 'bracketed' | 'agreed_ad_ref' | 'agreed';
  version: number;
  /** All open amendments on the paragraph, whether or not `amendments` lists them all. */
  openAmendmentCount: number;
  amendments: AmendmentView[];
  comments: CommentView[];
  /** Its version in the document's other working language; null in a meeting of one language. */
  translation: ParagraphTranslation | null;
};

export type ParagraphTranslation = {
  /** Empty until someone translates the paragraph. */
  text: string;
  /** The translation's own version, for its optimistic check (0 before the first). */
  version: number;
  state: TranslationState;
  /** The negotiated text it was made from, when that is not the text now: the comparison shows what changed. */
  changedFrom: string | null;
};

export type StanceRow = {
  delegation: Ref;
  stance: {
    kind: 'endorse' | 'reservation' | 'objection';
    text: string;
    revision: number;
    /** Given on an earlier revision of the text. */
    earlier: boolean;
    recordedAt: Date;
  } | null;
};

export type DocumentDetail = Omit<DocumentListItem, 'paragraphCount' | 'openAmendmentCount'> & {
  meetingId: number;
  /** The document's own version: its settings (the distribution) are saved against it. */
  version: number;
  silence: {
    deadline: Date | null;
    brokenBy: { delegation: string; name: string | null } | null;
    /** The secretariat member who withdrew the silence (then `brokenBy` is null). */
    withdrawnBy: string | null;
    brokenReason: string | null;
    brokenAt: Date | null;
  };
  adoptedAt: Date | null;
  progress: Record<DocumentParagraph['status'], number>;
  openBrackets: number;
  paragraphs: DocumentParagraph[];
  /** The language paragraphs are also kept in (DocumentParagraph.translation); null in a meeting of one language. */
  translationLanguage: Locale | null;
  stances: StanceRow[];
};

const breaker = alias(delegations, 'breaker');
const breakerUser = alias(users, 'breaker_user');
const author = alias(users, 'author');
const authorDelegation = alias(delegations, 'author_delegation');
const proposer = alias(users, 'proposer');

// The document page's reads, compiled once (db/prepared.ts).
/** The document `id`, only if it belongs to meeting `meetingId`. */
const documentInMeeting = and(eq(outcomeDocuments.id, sql.placeholder('id')), eq(outcomeDocuments.meetingId, sql.placeholder('meetingId')));

const documentRow = preparedQuery((db) =>
  db
    .select({
      ...documentColumns,
      meetingId: outcomeDocuments.meetingId,
      version: outcomeDocuments.version,
      silenceDeadline: outcomeDocuments.silenceDeadline,
      silenceBrokenAt: outcomeDocuments.silenceBrokenAt,
      silenceBrokenReason: outcomeDocuments.silenceBrokenReason,
      breakerCode: breaker.countryCode,
      breakerName: breaker.protocolName,
      breakerUserName: breakerUser.name,
      ...statusAt(sql.placeholder('now')),
    })
    .from(outcomeDocuments)
    .leftJoin(breaker, eq(breaker.id, outcomeDocuments.silenceBrokenByDelegationId))
    .leftJoin(breakerUser, eq(breakerUser.id, outcomeDocuments.silenceBrokenByUserId))
    .where(documentInMeeting)
    .prepare(),
);

const paragraphRows = preparedQuery((db) =>
  db
    .select({ id: paragraphs.id, kind: paragraphs.kind, text: paragraphs.text, status: paragraphs.status, version: paragraphs.version })
    .from(paragraphs)
    .where(and(eq(paragraphs.documentId, sql.placeholder('documentId')), liveParagraph))
    .orderBy(asc(paragraphs.position))
    .prepare(),
);

const translationRows = preparedQuery((db) =>
  db
    .select({
      paragraphId: paragraphTranslations.paragraphId,
      text: paragraphTranslations.text,
      sourceText: paragraphTranslations.sourceText,
      version: paragraphTranslations.version,
    })
    .from(paragraphTranslations)
    .where(and(inIdList(paragraphTranslations.paragraphId, 'paragraphIds'), eq(paragraphTranslations.language, sql.placeholder('language'))))
    .prepare(),
);

const holderRows = preparedQuery((db) =>
  db
    .select({ paragraphId: bracketHolders.paragraphId, bracketIndex: bracketHolders.bracketIndex, code: delegations.countryCode, protocolName: delegations.protocolName })
    .from(bracketHolders)
    .innerJoin(delegations, eq(delegations.id, bracketHolders.delegationId))
    .where(inIdList(bracketHolders.paragraphId, 'paragraphIds'))
    .orderBy(asc(delegations.protocolName))
    .prepare(),
);

const commentRows = preparedQuery((db) =>
  db
    .select({
      id: comments.id,
      paragraphId: comments.paragraphId,
      amendmentId: comments.amendmentId,
      authorName: author.name,
      affiliationCode: authorDelegation.countryCode,
      affiliation: authorDelegation.protocolName,
      body: comments.body,
      createdAt: comments.createdAt,
    })
    .from(comments)
    .innerJoin(author, eq(author.id, comments.authorUserId))
    .leftJoin(authorDelegation, eq(authorDelegation.id, author.delegationId))
    .where(eq(comments.documentId, sql.placeholder('documentId')))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .prepare(),
);

// Which open amendments to show: ranked per paragraph in one pass over ids, so a text
// with thousands of amendments still loads only what the page lists.
const rankedOpenAmendments = preparedQuery((db) =>
  db
    .select({
      id: amendments.id,
      paragraphId: amendments.paragraphId,
      rank: sql<number>`row_number() over (partition by ${amendments.paragraphId} order by ${amendments.createdAt}, ${amendments.id})`,
    })
    .from(amendments)
    .where(and(inIdList(amendments.paragraphId, 'paragraphIds'), eq(amendments.status, 'open')))
    .prepare(),
);

const amendmentRows = preparedQuery((db) =>
  db
    .select({
      id: amendments.id,
      paragraphId: amendments.paragraphId,
      delegationId: amendments.delegationId,
      code: delegations.countryCode,
      protocolName: delegations.protocolName,
      proposedByName: proposer.name,
      action: amendments.action,
      proposedText: amendments.proposedText,
      rationale: amendments.rationale,
      baseText: amendments.baseText,
      baseParagraphVersion: amendments.baseParagraphVersion,
      positionId: positionStatements.id,
      positionTitle: positionStatements.title,
      createdAt: amendments.createdAt,
    })
    .from(amendments)
    .innerJoin(delegations, eq(delegations.id, amendments.delegationId))
    .leftJoin(proposer, eq(proposer.id, amendments.proposedByUserId))
    // Linked statements were circulated when linked, hence readable by everyone.
    .leftJoin(positionStatements, and(eq(positionStatements.id, amendments.positionStatementId), eq(positionStatements.visibility, 'circulated')))
    .where(inIdList(amendments.id, 'amendmentIds'))
    .orderBy(asc(amendments.createdAt), asc(amendments.id))
    .prepare(),
);

const supportRows = preparedQuery((db) =>
  db
    .select({ amendmentId: amendmentSupports.amendmentId, kind: amendmentSupports.kind, delegationId: amendmentSupports.delegationId, code: delegations.countryCode, protocolName: delegations.protocolName })
    .from(amendmentSupports)
    .innerJoin(delegations, eq(delegations.id, amendmentSupports.delegationId))
    .where(inIdList(amendmentSupports.amendmentId, 'amendmentIds'))
    .orderBy(asc(delegations.protocolName))
    .prepare(),
);

const stanceRows = preparedQuery((db) =>
  db
    .select({
      ...precedenceColumns,
      kind: stances.kind,
      text: stances.text,
      revision: stances.revision,
      recordedAt: stances.recordedAt,
    })
    .from(delegations)
    .leftJoin(stances, and(eq(stances.delegationId, delegations.id), eq(stances.documentId, sql.placeholder('documentId'))))
    .where(and(eq(delegations.meetingId, sql.placeholder('meetingId')), inArray(delegations.participation, ['confirmed', 'attended'])))
    .prepare(),
);

const documentTitle = preparedQuery((db) =>
  db
    .select({ title: outcomeDocuments.title })
    .from(outcomeDocuments)
    .where(documentInMeeting)
    .prepare(),
);

/**
 * One outcome document as the document page shows it: paragraphs with their brackets and
 * holders, open amendments with supporters and comments, comment threads, and the stance
 * of every participating delegation in order of precedence. A silence that ran out reads
 * as adopted (recording it is the scheduler's). A fixed number of queries whatever the
 * document's size. Throws AccessDenied(404) to whoever may not read it (db/access.ts `mayReadDocument`).
 */
export function getDocument(
  viewer: Viewer,
  meeting: MeetingSummary,
  id: number,
  /**
   * Open amendments to include per paragraph, oldest first (all of them when absent, as
   * exports need), and the one paragraph whose amendments are all shown. The count of open
   * amendments is always complete. `paragraphIds`, when given, are the only paragraphs
   * listed (a filter or a part of a long text: lib/domain/document-focus.ts); the progress and
   * bracket counts still cover the whole text.
   */
  shown?: { amendmentsPerParagraph: number; expandParagraphId: number | null; paragraphIds?: ReadonlySet<number> },
): DocumentDetail {
  readableDocument(getDb(), viewer, id, { action: 'read_document', meetingId: meeting.id });
  const named = (code: string, protocolName: string) => delegationName(code, protocolName, viewer.locale);
  const ref = ({ code, protocolName }: Ref): Ref => ({ code, protocolName: named(code, protocolName) });
  // Found a moment ago, and documents are never deleted.
  const document = documentRow().get({ id, meetingId: meeting.id, now: Date.now() })!;

  const allRows = paragraphRows().all({ documentId: id });
  const listed = shown?.paragraphIds;
  const rows = listed ? allRows.filter((r) => listed.has(r.id)) : allRows;
  const paragraphIds = rows.map((r) => r.id);

  const holders = paragraphIds.length ? holderRows().all({ paragraphIds: idList(paragraphIds) }) : [];
  const otherLanguage = translationLanguage(meeting.workingLanguages, document.negotiatingLanguage);
  const translations = new Map(
    otherLanguage && paragraphIds.length
      ? translationRows().all({ paragraphIds: idList(paragraphIds), language: otherLanguage }).map((t) => [t.paragraphId, t])
      : [],
  );
  const holdersOfBracket = groupBy(holders, (h) => `${h.paragraphId}:${h.bracketIndex}`);

  const allComments = commentRows().all({ documentId: id });
  const commentView = ({ id, authorName, affiliationCode, affiliation, body, createdAt }: (typeof allComments)[number]): CommentView => ({
    id,
    authorName,
    affiliation: affiliationCode && affiliation ? named(affiliationCode, affiliation) : null,
    body,
    createdAt,
  });
  const commentsOfParagraph = groupBy(allComments, (c) => c.paragraphId);
  const commentsOfAmendment = groupBy(allComments, (c) => c.amendmentId);

  const ranked = paragraphIds.length ? rankedOpenAmendments().all({ paragraphIds: idList(paragraphIds) }) : [];
  const openCount = new Map<number, number>();
  for (const r of ranked) openCount.set(r.paragraphId, (openCount.get(r.paragraphId) ?? 0) + 1);
  const shownIds = ranked
    .filter((r) => !shown || r.rank <= shown.amendmentsPerParagraph || r.paragraphId === shown.expandParagraphId)
    .map((r) => r.id);
  const open = shownIds.length ? amendmentRows().all({ amendmentIds: idList(shownIds) }) : [];
  const supports = open.length ? supportRows().all({ amendmentIds: idList(open.map((a) => a.id)) }) : [];
  const supportsOfAmendment = groupBy(supports, (s) => s.amendmentId);
  const ownDelegationId = viewer.delegation?.id ?? null;
  const versionOf = new Map(rows.map((r) => [r.id, r.version]));
  const amendmentViews = open.map((a): AmendmentView & { paragraphId: number } => {
    const mine = supportsOfAmendment.get(a.id) ?? [];
    return {
      id: a.id,
      paragraphId: a.paragraphId,
      delegation: ref(a),
      proposedByName: a.proposedByName,
      action: a.action,
      proposedText: a.proposedText,
      rationale: a.rationale,
      baseText: a.baseText,
      stale: versionOf.get(a.paragraphId) !== a.baseParagraphVersion,
      positionStatement: a.positionId === null ? null : { id: a.positionId, title: a.positionTitle ?? '' },
      cosponsors: mine.filter((s) => s.kind === 'cosponsor').map(ref),
      opponents: mine.filter((s) => s.kind === 'oppose').map(ref),
      viewerSupport: mine.find((s) => s.delegationId === ownDelegationId)?.kind ?? null,
      isViewersOwn: a.delegationId === ownDelegationId,
      comments: (commentsOfAmendment.get(a.id) ?? []).map(commentView),
      createdAt: a.createdAt,
    };
  });

  const amendmentsOfParagraph = groupBy(amendmentViews, (a) => a.paragraphId);
  // Numbered in the whole text, whichever paragraphs are listed.
  const numberOf = new Map(allRows.map((r, i) => [r.id, i]));
  const numbers = operativeNumbers(allRows.map((r) => r.kind));
  const ordinals = numbersWithinKind(allRows.map((r) => r.kind));
  const progress: DocumentDetail['progress'] = { agreed: 0, agreed_ad_ref: 0, bracketed: 0, draft: 0 };
  let openBrackets = 0;
  for (const row of allRows) {
    progress[row.status] += 1;
    openBrackets += countBrackets(row.text);
  }
  const documentParagraphs = rows.map((row): DocumentParagraph => {
    const i = numberOf.get(row.id)!;
    const parsed = parseBrackets(row.text);
    const pieces: TextPiece[] = parsed.ok
      ? parsed.segments.map((segment) =>
          segment.kind === 'text'
            ? segment
            : {
                ...segment,
                holders: (holdersOfBracket.get(`${row.id}:${segment.index}`) ?? []).map(ref),
              },
        )
      : [{ kind: 'text', text: row.text }];
    return {
      ...row,
      number: numbers[i],
      ordinal: ordinals[i],
      openAmendmentCount: openCount.get(row.id) ?? 0,
      pieces,
      amendments: (amendmentsOfParagraph.get(row.id) ?? []).map(({ paragraphId: _p, ...a }) => a),
      comments: (commentsOfParagraph.get(row.id) ?? []).map(commentView),
      translation: otherLanguage ? translationOf(row.text, translations.get(row.id)) : null,
    };
  });

  return {
    id: document.id,
    kind: document.kind,
    title: document.title,
    number: document.number,
    reissue: document.reissue,
    symbol: documentSymbol(meeting.documentCode, document.number, document.reissue),
    status: document.status,
    revision: document.revision,
    draftingMode: document.draftingMode,
    distribution: document.distribution,
    negotiatingLanguage: document.negotiatingLanguage,
    meetingId: document.meetingId,
    version: document.version,
    silence: {
      deadline: document.silenceDeadline,
      brokenBy:
        document.breakerCode && document.breakerName
          ? { delegation: named(document.breakerCode, document.breakerName), name: document.breakerUserName }
          : null,
      withdrawnBy: document.silenceBrokenAt && !document.breakerName ? (document.breakerUserName ?? '—') : null,
      brokenReason: document.silenceBrokenReason,
      brokenAt: document.silenceBrokenAt,
    },
    adoptedAt: document.adoptedAt,
    progress,
    openBrackets,
    paragraphs: documentParagraphs,
    translationLanguage: otherLanguage,
    stances: stanceTable(meeting, id, document.revision, viewer.locale),
  };
}

function translationOf(sourceText: string, row: { text: string; sourceText: string; version: number } | undefined): ParagraphTranslation {
  const state = translationState(sourceText, row);
  return { text: row?.text ?? '', version: row?.version ?? 0, state, changedFrom: state === 'outOfDate' ? row!.sourceText : null };
}

// The latest moment each paragraph changed, in one pass: its own rows (created, text or
// status changed) and, through the indexes by paragraph, its amendments (proposed, decided)
// and the comments on it and on them.
const paragraphFactRows = preparedQuery((db) =>
  db
    .select({
      id: paragraphs.id,
      kind: paragraphs.kind,
      text: paragraphs.text,
      status: paragraphs.status,
      // Written out: drizzle leaves columns in a subquery unqualified, and "id" would be ambiguous.
      openAmendmentCount: sql<number>`(select count(*) from amendments a where a.paragraph_id = paragraphs.id and a.status = 'open')`,
      lastChangeAt: sql<number>`max(
        paragraphs.created_at,
        coalesce(paragraphs.updated_at, 0),
        coalesce((select max(max(a.created_at, coalesce(a.decided_at, 0))) from amendments a where a.paragraph_id = paragraphs.id), 0),
        coalesce((select max(c.created_at) from comments c where c.paragraph_id = paragraphs.id), 0),
        coalesce((select max(c.created_at) from comments c join amendments a on a.id = c.amendment_id where a.paragraph_id = paragraphs.id), 0)
      )`,
    })
    .from(paragraphs)
    .where(and(eq(paragraphs.documentId, sql.placeholder('documentId')), liveParagraph))
    .orderBy(asc(paragraphs.position))
    .prepare(),
);

/**
 * What the document page filters, counts and outlines by, for every paragraph of the text:
 * kind, text, status, open brackets and amendments, and when it last changed. Throws
 * AccessDenied(404) to whoever may not read the document.
 */
export function getParagraphFacts(viewer: Viewer, meeting: MeetingSummary, id: number): ParagraphFacts[] {
  readableDocument(getDb(), viewer, id, { action: 'read_document', meetingId: meeting.id });
  const rows = paragraphFactRows().all({ documentId: id });
  const numbers = operativeNumbers(rows.map((r) => r.kind));
  return rows.map((row, i) => ({ ...row, number: numbers[i], openBrackets: countBrackets(row.text), lastChangeAt: new Date(row.lastChangeAt) }));
}

const openProposalRows = preparedQuery((db) =>
  db
    .select({
      paragraphId: amendments.paragraphId,
      action: amendments.action,
      proposedText: amendments.proposedText,
      code: delegations.countryCode,
      delegation: delegations.protocolName,
    })
    .from(amendments)
    .innerJoin(delegations, eq(delegations.id, amendments.delegationId))
    // Paragraphs of another document name no amendment of this one.
    .innerJoin(paragraphs, and(eq(paragraphs.id, amendments.paragraphId), eq(paragraphs.documentId, sql.placeholder('documentId'))))
    .where(and(inIdList(amendments.paragraphId, 'paragraphIds'), eq(amendments.status, 'open')))
    .orderBy(asc(amendments.createdAt), asc(amendments.id))
    .prepare(),
);

/**
 * The open amendments of the given paragraphs of the document, oldest first, with only what
 * the preview of the text applies (lib/domain/text-preview.ts). Throws AccessDenied(404) to whoever
 * may not read the document.
 */
export function listOpenProposals(
  viewer: Viewer,
  meeting: MeetingSummary,
  id: number,
  paragraphIds: number[],
): { paragraphId: number; action: AmendmentView['action']; proposedText: string; delegation: string }[] {
  readableDocument(getDb(), viewer, id, { action: 'read_document', meetingId: meeting.id });
  if (!paragraphIds.length) return [];
  return openProposalRows()
    .all({ documentId: id, paragraphIds: idList(paragraphIds) })
    .map(({ code, delegation, ...proposal }) => ({ ...proposal, delegation: delegationName(code, delegation, viewer.locale) }));
}

/** Every participating delegation in order of precedence, with its stance if it gave one. */
function stanceTable(meeting: MeetingSummary, documentId: number, currentRevision: number, locale: Locale): StanceRow[] {
  const rows = stanceRows().all({ documentId, meetingId: meeting.id });
  return inPrecedenceOrder(rows, meeting.precedenceRule).map((r) => ({
    delegation: { code: r.countryCode, protocolName: delegationName(r.countryCode, r.protocolName, locale) },
    stance:
      r.kind === null || r.revision === null || r.recordedAt === null
        ? null
        : { kind: r.kind, text: r.text ?? '', revision: r.revision, earlier: r.revision !== currentRevision, recordedAt: r.recordedAt },
  }));
}

/**
 * The document's title, for the page's <title>: reading the whole document for it would
 * double the page's work. Throws AccessDenied(404), logged as `action`, to whoever may not
 * read it.
 */
export function getDocumentTitle(viewer: Viewer, meeting: MeetingSummary, id: number, action: AuditAction = 'read_document'): string {
  readableDocument(getDb(), viewer, id, { action, meetingId: meeting.id });
  return documentTitle().get({ id, meetingId: meeting.id })!.title;
}

/** Open amendments the document page lists by name before silence; the rest are counted. */
const LISTED_OPEN_AMENDMENTS = 50;

/**
 * What still stands between the document and silence (brackets, draft paragraphs, open
 * amendments), each named as delegates name it. Readable by every participant; throws
 * AccessDenied(404) outside the viewer's meeting.
 */
export function listOpenItems(viewer: Viewer, meeting: MeetingSummary, id: number): OpenItems {
  getDocumentTitle(viewer, meeting, id);
  return openItems(getDb(), id, LISTED_OPEN_AMENDMENTS, viewer.locale);
}

/**
 * Whether the viewer may open the document, for the event stream and for every action on it
 * (logged as `action`). Throws AccessDenied(404) otherwise.
 */
export function assertDocumentReadable(viewer: Viewer, meeting: MeetingSummary, id: number, action: AuditAction = 'watch_document'): void {
  readableDocument(getDb(), viewer, id, { action, meetingId: meeting.id });
}

/**
 * Whether an open event stream may go on carrying the document's changes: a distribution
 * narrowed since it opened ends it. Not a refusal, so nothing is logged.
 */
export function mayStillWatchDocument(viewer: Viewer, meeting: MeetingSummary, id: number): boolean {
  return findReadableDocument(getDb(), viewer, id, meeting.id) !== undefined;
}

export type DocumentDistribution = {
  distribution: (typeof DISTRIBUTION_VALUES)[number];
  /** The document's version the form saves against. */
  version: number;
  /** The codes of the delegations a restricted document names. */
  recipients: string[];
  /** Every delegation of the meeting, in order of precedence: who may be named. */
  choices: { code: string; protocolName: string }[];
};

/**
 * What the secretariat's "Distribution" form shows. The meeting's secretariat only: anyone
 * else is refused (403, or 404 outside the meeting), logged.
 */
export function getDocumentDistribution(viewer: Viewer, meeting: MeetingSummary, id: number): DocumentDistribution {
  const db = getDb();
  const document = readableDocument(db, viewer, id, { action: 'read_distribution', meetingId: meeting.id });
  requireSecretariat(viewer, { action: 'read_distribution', recordType: 'outcome_document', recordId: id, meetingId: meeting.id });
  const recipients = db
    .select({ code: delegations.countryCode })
    .from(documentRecipients)
    .innerJoin(delegations, eq(delegations.id, documentRecipients.delegationId))
    .where(eq(documentRecipients.documentId, id))
    .orderBy(asc(delegations.countryCode))
    .all();
  const choices = db
    .select({ ...precedenceColumns })
    .from(delegations)
    .where(eq(delegations.meetingId, meeting.id))
    .all();
  return {
    distribution: document.distribution,
    version: document.version,
    recipients: recipients.map((r) => r.code),
    choices: inPrecedenceOrder(choices, meeting.precedenceRule).map(({ countryCode, protocolName }) => ({
      code: countryCode,
      protocolName: delegationName(countryCode, protocolName, viewer.locale),
    })),
  };
}


/**
 * Whether the viewer may create the meeting's outcome documents (its secretariat, who holds
 * the pen), for "New document" and its preview, which save nothing. Throws AccessDenied,
 * logged: 403, or 404 for a stranger to the meeting.
 */
export function checkDocumentCreator(viewer: Viewer, meeting: MeetingSummary): void {
  requireSecretariat(viewer, { action: 'create_document', recordType: 'outcome_document', recordId: null, meetingId: meeting.id });
}
