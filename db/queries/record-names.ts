import 'server-only';
import { delegationName } from '@/lib/domain/countries';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { numbersWithinKind } from '@/lib/domain/paragraph-numbers';
import { getDb } from '../client';
import type { Viewer } from '../viewer';
import { agendaItems, amendments, delegations, outcomeDocuments, paragraphs, positionStatements, rosterMembers, users } from '../schema';
import { readableDocuments } from './readable-documents';

/**
 * A record as the people of the meeting know it: "operative paragraph 9", "amendment 7
 * (Republic of Korea)", "agenda item 3", "Japan's stance", rather than its table and id.
 * Names only what every participant may read (a position statement by its number and
 * delegation, never its title, which may still be the delegation's own).
 */
export type RecordName =
  | { kind: 'paragraph'; paragraphKind: 'heading' | 'preambular' | 'operative'; number: number }
  | { kind: 'deletedParagraph' }
  | { kind: 'amendment'; id: number; delegation: string }
  | { kind: 'agendaItem'; number: number | null; title: string }
  | { kind: 'stance'; delegation: string }
  | { kind: 'delegation'; name: string }
  | { kind: 'rosterMember'; name: string }
  | { kind: 'account'; name: string }
  | { kind: 'document'; title: string }
  | { kind: 'position'; id: number; delegation: string };

type Ref = { recordType: string; recordId: string | null };

const ids = (refs: Ref[], type: string) => [
  ...new Set(refs.flatMap((r) => (r.recordType === type && r.recordId && /^\d+$/.test(r.recordId) ? [Number(r.recordId)] : []))),
];

/**
 * The names of the records `refs` point at in meeting `meetingId` (callers have checked the
 * viewer may read those entries), keyed `type:id`. A handful of queries whatever the count;
 * records that no longer exist, or lie outside the meeting, get no name, and a document
 * only has its title for a viewer who may read it (a refusal to read a restricted one is
 * logged, and shown to a head, under the delegation it was kept from).
 */
export function nameRecords(viewer: Viewer, meetingId: number, refs: Ref[]): Map<string, RecordName> {
  const db = getDb();
  const names = new Map<string, RecordName>();
  const inMeeting = db.select({ id: delegations.id }).from(delegations).where(eq(delegations.meetingId, meetingId));
  const protocolNames = new Map(
    db
      .select({ id: delegations.id, code: delegations.countryCode, name: delegations.protocolName })
      .from(delegations)
      .where(eq(delegations.meetingId, meetingId))
      .all()
      .map((d) => [d.id, { ...d, name: delegationName(d.code, d.name, viewer.locale) }]),
  );

  const paragraphIds = ids(refs, 'paragraph');
  if (paragraphIds.length) {
    const documentIds = db
      .selectDistinct({ id: paragraphs.documentId })
      .from(paragraphs)
      .innerJoin(outcomeDocuments, eq(outcomeDocuments.id, paragraphs.documentId))
      .where(and(inArray(paragraphs.id, paragraphIds), eq(outcomeDocuments.meetingId, meetingId)))
      .all()
      .map((d) => d.id);
    const wanted = new Set(paragraphIds);
    for (const documentId of documentIds) {
      const rows = db
        .select({ id: paragraphs.id, kind: paragraphs.kind, deletedAt: paragraphs.deletedAt })
        .from(paragraphs)
        .where(eq(paragraphs.documentId, documentId))
        .orderBy(asc(paragraphs.position))
        .all();
      const live = rows.filter((r) => r.deletedAt === null);
      const numbers = numbersWithinKind(live.map((r) => r.kind));
      live.forEach((r, i) => {
        if (wanted.has(r.id)) names.set(`paragraph:${r.id}`, { kind: 'paragraph', paragraphKind: r.kind, number: numbers[i] });
      });
      for (const r of rows) if (r.deletedAt !== null && wanted.has(r.id)) names.set(`paragraph:${r.id}`, { kind: 'deletedParagraph' });
    }
  }

  const amendmentIds = ids(refs, 'amendment');
  if (amendmentIds.length) {
    for (const a of db
      .select({ id: amendments.id, delegationId: amendments.delegationId })
      .from(amendments)
      .innerJoin(delegations, eq(delegations.id, amendments.delegationId))
      .where(and(inArray(amendments.id, amendmentIds), eq(delegations.meetingId, meetingId)))
      .all()) {
      names.set(`amendment:${a.id}`, { kind: 'amendment', id: a.id, delegation: protocolNames.get(a.delegationId)?.name ?? '' });
    }
  }

  if (ids(refs, 'agenda_item').length) {
    // Numbered as the programme numbers them: published items, in order.
    let published = 0;
    for (const item of db
      .select({ id: agendaItems.id, title: agendaItems.title, publishedAt: agendaItems.publishedAt })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, meetingId))
      .orderBy(asc(agendaItems.position))
      .all()) {
      names.set(`agenda_item:${item.id}`, { kind: 'agendaItem', number: item.publishedAt ? ++published : null, title: item.title });
    }
  }

  for (const r of refs) {
    // A stance is recorded as "document:delegation".
    const stance = r.recordType === 'stance' && r.recordId ? /^\d+:(\d+)$/.exec(r.recordId) : null;
    const delegation = stance && protocolNames.get(Number(stance[1]));
    if (delegation) names.set(`stance:${r.recordId}`, { kind: 'stance', delegation: delegation.name });
    if (r.recordType === 'delegation' && r.recordId) {
      const named = [...protocolNames.values()].find((d) => d.code === r.recordId || String(d.id) === r.recordId);
      if (named) names.set(`delegation:${r.recordId}`, { kind: 'delegation', name: named.name });
    }
  }

  const memberIds = ids(refs, 'roster_member');
  if (memberIds.length) {
    for (const m of db
      .select({ id: rosterMembers.id, name: rosterMembers.fullName })
      .from(rosterMembers)
      .where(and(inArray(rosterMembers.id, memberIds), inArray(rosterMembers.delegationId, inMeeting)))
      .all()) {
      names.set(`roster_member:${m.id}`, { kind: 'rosterMember', name: m.name });
    }
  }

  const userIds = ids(refs, 'user');
  if (userIds.length) {
    for (const u of db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds)).all()) {
      names.set(`user:${u.id}`, { kind: 'account', name: u.name });
    }
  }

  const readable = new Set(readableDocuments(db, viewer, meetingId).map((d) => d.id));
  const documentIds = ids(refs, 'outcome_document').filter((id) => readable.has(id));
  if (documentIds.length) {
    for (const d of db
      .select({ id: outcomeDocuments.id, title: outcomeDocuments.title })
      .from(outcomeDocuments)
      .where(and(inArray(outcomeDocuments.id, documentIds), eq(outcomeDocuments.meetingId, meetingId)))
      .all()) {
      names.set(`outcome_document:${d.id}`, { kind: 'document', title: d.title });
    }
  }

  const positionIds = ids(refs, 'position_statement');
  if (positionIds.length) {
    for (const p of db
      .select({ id: positionStatements.id, delegationId: positionStatements.delegationId })
      .from(positionStatements)
      .where(and(inArray(positionStatements.id, positionIds), eq(positionStatements.meetingId, meetingId)))
      .all()) {
      const delegation = protocolNames.get(p.delegationId);
      if (delegation) names.set(`position_statement:${p.id}`, { kind: 'position', id: p.id, delegation: delegation.name });
    }
  }
  return names;
}
