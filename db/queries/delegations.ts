import 'server-only';
import { delegationName } from '@/lib/domain/countries';
import type { AuditAction } from '@/lib/domain/audit-actions';
import { cache } from 'react';
import { and, count, eq, inArray, ne, sql } from 'drizzle-orm';
import { inPrecedenceOrder } from '@/lib/domain/precedence';
import { seatingSequence, type SeatingLayout } from '@/lib/domain/seating';
import { getDb } from '../client';
import { belongsToMeeting, deny, mayEditRoster, mayReadRosterContacts } from '../access';
import type { Viewer } from '../viewer';
import { delegations, meetings, memberPhotos, rosterMembers } from '../schema';
import type { BadgeCategory } from '@/lib/domain/accreditation/categories';
import type { MeetingSummary } from './meetings';
import { precedenceColumns } from '../precedence-columns';

export type DelegationRow = {
  id: number;
  code: string;
  protocolName: string;
  role: 'co_chair' | 'participant';
  participation: 'invited' | 'confirmed' | 'declined' | 'attended';
  headName: string | null;
  memberCount: number;
};

/** A delegation as every list shows it, with what its order of precedence needs. */
const rankedDelegationColumns = {
  id: delegations.id,
  ...precedenceColumns,
  participation: delegations.participation,
};

function assertMayListDelegations(viewer: Viewer, meeting: MeetingSummary) {
  if (!belongsToMeeting(viewer, meeting.id)) {
    deny(viewer, 404, { action: 'list_delegations', recordType: 'meeting', recordId: meeting.slug });
  }
}

/** Every delegation of the meeting in its order of precedence. Readable by every participant. */
export function listDelegations(viewer: Viewer, meeting: MeetingSummary): DelegationRow[] {
  assertMayListDelegations(viewer, meeting);
  const rows = getDb()
    .select({
      ...rankedDelegationColumns,
      headName: sql<string | null>`max(case when ${rosterMembers.function} = 'head' then ${rosterMembers.fullName} end)`,
      memberCount: count(rosterMembers.id),
    })
    .from(delegations)
    .leftJoin(rosterMembers, eq(rosterMembers.delegationId, delegations.id))
    .where(eq(delegations.meetingId, meeting.id))
    .groupBy(delegations.id)
    .all();
  return inPrecedenceOrder(rows, meeting.precedenceRule).map((d) => ({
    id: d.id,
    code: d.countryCode,
    protocolName: delegationName(d.countryCode, d.protocolName, viewer.locale),
    role: d.role,
    participation: d.participation,
    headName: d.headName,
    memberCount: d.memberCount,
  }));
}

/**
 * Every delegation of the meeting as a choice in a form (a search filter), in order of
 * precedence: without listDelegations' roster counts, which a filter does not show.
 */
export function listDelegationChoices(viewer: Viewer, meeting: MeetingSummary): { code: string; protocolName: string }[] {
  assertMayListDelegations(viewer, meeting);
  const rows = getDb().select(rankedDelegationColumns).from(delegations).where(eq(delegations.meetingId, meeting.id)).all();
  return inPrecedenceOrder(rows, meeting.precedenceRule).map((d) => ({
    code: d.countryCode,
    protocolName: delegationName(d.countryCode, d.protocolName, viewer.locale),
  }));
}

export type RosterMember = {
  id: number;
  fullName: string;
  title: string;
  function: 'head' | 'deputy' | 'adviser' | 'interpreter' | 'press' | 'security';
  /** Present only when the viewer may read this delegation's contact details. */
  contact?: {
    email: string | null;
    accreditation: 'requested' | 'approved' | 'badge_issued' | 'revoked';
    category: BadgeCategory;
    hasPhoto: boolean;
    arrivalAt: Date | null;
    departureAt: Date | null;
  };
};

export type Roster = {
  delegation: {
    id: number;
    code: string;
    /** The name in the viewer's language (lib/domain/countries delegationName). */
    protocolName: string;
    /** The protocol name as the record holds it: what the form that edits it starts from. */
    recordedProtocolName: string;
    role: DelegationRow['role'];
    participation: DelegationRow['participation'];
  };
  contactsVisible: boolean;
  /** Whether the viewer may add, edit and remove members (the secretariat, or its own people). */
  editable: boolean;
  members: RosterMember[];
};

const FUNCTION_ORDER = ['head', 'deputy', 'adviser', 'interpreter', 'press', 'security'];

type ContactDetails = NonNullable<RosterMember['contact']>;

const publicMemberColumns = {
  id: rosterMembers.id,
  delegationId: rosterMembers.delegationId,
  fullName: rosterMembers.fullName,
  title: rosterMembers.title,
  function: rosterMembers.function,
};
const contactColumns = {
  email: rosterMembers.email,
  accreditation: rosterMembers.accreditation,
  category: rosterMembers.category,
  hasPhoto: sql<boolean>`exists (select 1 from ${memberPhotos} where ${memberPhotos.memberId} = ${rosterMembers.id})`.mapWith(Boolean),
  arrivalAt: rosterMembers.arrivalAt,
  departureAt: rosterMembers.departureAt,
};

const byFunctionThenName = (a: RosterMember, b: RosterMember) =>
  FUNCTION_ORDER.indexOf(a.function) - FUNCTION_ORDER.indexOf(b.function) || a.fullName.localeCompare(b.fullName);

/**
 * The members of the given delegations, by delegation id, each sorted head first. Contact
 * details are read from the database only for the delegations in `withContacts`.
 */
function loadMembers(delegationIds: number[], withContacts: (delegationId: number) => boolean): Map<number, RosterMember[]> {
  const db = getDb();
  const members = new Map<number, RosterMember[]>(delegationIds.map((id) => [id, []]));
  if (delegationIds.length === 0) return members;
  const open = delegationIds.filter(withContacts);
  const closed = delegationIds.filter((id) => !withContacts(id));
  const rows: (RosterMember & { delegationId: number })[] = [
    ...(open.length
      ? db
          .select({ ...publicMemberColumns, ...contactColumns })
          .from(rosterMembers)
          .where(inArray(rosterMembers.delegationId, open))
          .all()
          .map(({ email, accreditation, category, hasPhoto, arrivalAt, departureAt, ...person }) => ({
            ...person,
            contact: { email, accreditation, category, hasPhoto, arrivalAt, departureAt } satisfies ContactDetails,
          }))
      : []),
    ...(closed.length
      ? db.select(publicMemberColumns).from(rosterMembers).where(inArray(rosterMembers.delegationId, closed)).all()
      : []),
  ];
  for (const { delegationId, ...member } of rows) members.get(delegationId)?.push(member);
  for (const list of members.values()) list.sort(byFunctionThenName);
  return members;
}

function findDelegation(viewer: Viewer, meeting: MeetingSummary, code: string, action: AuditAction) {
  const delegation = belongsToMeeting(viewer, meeting.id)
    ? getDb()
        .select({
          id: delegations.id,
          code: delegations.countryCode,
          protocolName: delegations.protocolName,
          role: delegations.role,
          participation: delegations.participation,
        })
        .from(delegations)
        .where(and(eq(delegations.meetingId, meeting.id), eq(delegations.countryCode, code)))
        .get()
    : undefined;
  if (!delegation) {
    deny(viewer, 404, { action, recordType: 'delegation', recordId: code, meetingId: meeting.id });
  }
  return {
    ...delegation,
    protocolName: delegationName(delegation.code, delegation.protocolName, viewer.locale),
    recordedProtocolName: delegation.protocolName,
  };
}

/**
 * One delegation's roster. Names, titles and functions for every participant; e-mail,
 * accreditation and travel only for the secretariat and the delegation's own people
 * (not even read from the database for anyone else). `editable` says whether the viewer
 * may change it. Throws AccessDenied(404) for an unknown code or a meeting the viewer is
 * not part of. Cached per request: a page and its <title> share one read.
 */
export const getRoster = cache((viewer: Viewer, meeting: MeetingSummary, code: string): Roster => {
  const delegation = findDelegation(viewer, meeting, code, 'read_roster');
  const facts = { id: delegation.id, meetingId: meeting.id };
  const contactsVisible = mayReadRosterContacts(viewer, facts);
  const members = loadMembers([delegation.id], () => contactsVisible).get(delegation.id) ?? [];
  return { delegation, contactsVisible, editable: mayEditRoster(viewer, facts), members };
});

export type EditableRosterMember = {
  id: number;
  version: number;
  fullName: string;
  title: string;
  function: RosterMember['function'];
  email: string | null;
  accreditation: ContactDetails['accreditation'];
  category: BadgeCategory;
  hasPhoto: boolean;
  arrivalAt: Date | null;
  departureAt: Date | null;
};

/**
 * One member as the edit form needs it, with its version. Only for those who may edit the
 * roster (403, logged, for anyone else); 404 when the member is not in that delegation.
 */
export function getRosterMember(
  viewer: Viewer,
  meeting: MeetingSummary,
  code: string,
  memberId: number,
): { delegation: Roster['delegation']; member: EditableRosterMember } {
  const delegation = findDelegation(viewer, meeting, code, 'edit_roster_member');
  const attempt = { action: 'edit_roster_member' as const, recordType: 'roster_member', recordId: memberId, meetingId: meeting.id };
  if (!mayEditRoster(viewer, { id: delegation.id, meetingId: meeting.id })) deny(viewer, 403, attempt);
  const member = getDb()
    .select({ version: rosterMembers.version, ...publicMemberColumns, ...contactColumns })
    .from(rosterMembers)
    .where(and(eq(rosterMembers.id, memberId), eq(rosterMembers.delegationId, delegation.id)))
    .get();
  if (!member) deny(viewer, 404, attempt);
  const { delegationId: _delegationId, ...editable } = member;
  return { delegation, member: editable };
}

/** The roster's delegation and whether it has a head, for those who may edit it (403 otherwise). */
export function getRosterForEditing(viewer: Viewer, meeting: MeetingSummary, code: string) {
  const roster = getRoster(viewer, meeting, code);
  if (!roster.editable) {
    deny(viewer, 403, { action: 'edit_roster', recordType: 'delegation', recordId: code, meetingId: meeting.id });
  }
  return { delegation: roster.delegation, hasHead: roster.members.some((m) => m.function === 'head') };
}

export type ParticipantsList = {
  delegation: { code: string; protocolName: string; role: DelegationRow['role']; participation: DelegationRow['participation'] };
  members: RosterMember[];
}[];

/**
 * Every delegation's members, delegations in order of precedence, for the participants
 * list. Contact details only where the viewer may read them (the secretariat: all; a
 * delegation: its own).
 */
export function listParticipants(viewer: Viewer, meeting: MeetingSummary): ParticipantsList {
  if (!belongsToMeeting(viewer, meeting.id)) {
    deny(viewer, 404, { action: 'list_participants', recordType: 'meeting', recordId: meeting.slug });
  }
  const rows = getDb().select(rankedDelegationColumns).from(delegations).where(eq(delegations.meetingId, meeting.id)).all();
  const ordered = inPrecedenceOrder(rows, meeting.precedenceRule);
  const members = loadMembers(
    ordered.map((d) => d.id),
    (id) => mayReadRosterContacts(viewer, { id, meetingId: meeting.id }),
  );
  return ordered.map((d) => ({
    delegation: {
      code: d.countryCode,
      protocolName: delegationName(d.countryCode, d.protocolName, viewer.locale),
      role: d.role,
      participation: d.participation,
    },
    members: members.get(d.id) ?? [],
  }));
}

export type SeatingPlan = {
  layout: SeatingLayout;
  /** Whether the secretariat has swapped seats (so the order differs from precedence). */
  rearranged: boolean;
  seats: { code: string; protocolName: string; role: DelegationRow['role'] }[];
};

/**
 * The delegations that take a seat (all but those that declined), in seating order, and
 * the table's shape. Readable by every participant.
 */
export function getSeatingPlan(viewer: Viewer, meeting: MeetingSummary): SeatingPlan {
  if (!belongsToMeeting(viewer, meeting.id)) {
    deny(viewer, 404, { action: 'read_seating', recordType: 'meeting', recordId: meeting.slug });
  }
  const db = getDb();
  const layout = db.select({ layout: meetings.seatingLayout }).from(meetings).where(eq(meetings.id, meeting.id)).get()?.layout ?? 'round';
  const rows = db
    .select({
      ...precedenceColumns,
      seatRank: delegations.seatRank,
    })
    .from(delegations)
    .where(and(eq(delegations.meetingId, meeting.id), ne(delegations.participation, 'declined')))
    .all();
  return {
    layout,
    rearranged: rows.some((d) => d.seatRank !== null),
    seats: seatingSequence(rows, meeting.precedenceRule).map((d) => ({
      code: d.countryCode,
      protocolName: delegationName(d.countryCode, d.protocolName, viewer.locale),
      role: d.role,
    })),
  };
}
