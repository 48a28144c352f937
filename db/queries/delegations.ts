import 'server-only';
import { and, count, eq, sql } from 'drizzle-orm';
import { inPrecedenceOrder } from '@/lib/precedence';
import { getDb } from '../client';
import { belongsToMeeting, deny, mayReadRosterContacts, type Viewer } from '../access';
import { delegations, rosterMembers } from '../schema';
import type { MeetingSummary } from './meetings';

export type DelegationRow = {
  id: number;
  code: string;
  protocolName: string;
  role: 'co_chair' | 'participant';
  participation: 'invited' | 'confirmed' | 'declined' | 'attended';
  headName: string | null;
  memberCount: number;
};

/** Every delegation of the meeting in its order of precedence. Readable by every participant. */
export function listDelegations(viewer: Viewer, meeting: MeetingSummary): DelegationRow[] {
  if (!belongsToMeeting(viewer, meeting.id)) {
    deny(viewer, 404, { action: 'list_delegations', recordType: 'meeting', recordId: meeting.slug });
  }
  const rows = getDb()
    .select({
      id: delegations.id,
      countryCode: delegations.countryCode,
      protocolName: delegations.protocolName,
      role: delegations.role,
      participation: delegations.participation,
      manualRank: delegations.manualRank,
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
    protocolName: d.protocolName,
    role: d.role,
    participation: d.participation,
    headName: d.headName,
    memberCount: d.memberCount,
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
    accreditation: 'requested' | 'approved' | 'badge_issued';
    arrivalAt: Date | null;
    departureAt: Date | null;
  };
};

export type Roster = {
  delegation: { id: number; code: string; protocolName: string; role: DelegationRow['role'] };
  contactsVisible: boolean;
  members: RosterMember[];
};

const FUNCTION_ORDER = ['head', 'deputy', 'adviser', 'interpreter', 'press', 'security'];

/**
 * One delegation's roster. Names, titles and functions for every participant; e-mail,
 * accreditation and travel only for the secretariat and the delegation's own people
 * (not even read from the database for anyone else). Throws AccessDenied(404) for an
 * unknown code or a meeting the viewer is not part of.
 */
export function getRoster(viewer: Viewer, meeting: MeetingSummary, code: string): Roster {
  const db = getDb();
  const delegation = belongsToMeeting(viewer, meeting.id)
    ? db
        .select({
          id: delegations.id,
          code: delegations.countryCode,
          protocolName: delegations.protocolName,
          role: delegations.role,
        })
        .from(delegations)
        .where(and(eq(delegations.meetingId, meeting.id), eq(delegations.countryCode, code)))
        .get()
    : undefined;
  if (!delegation) {
    deny(viewer, 404, { action: 'read_roster', recordType: 'delegation', recordId: code, meetingId: meeting.id });
  }
  const contactsVisible = mayReadRosterContacts(viewer, delegation.id);
  const where = eq(rosterMembers.delegationId, delegation.id);
  const publicColumns = {
    id: rosterMembers.id,
    fullName: rosterMembers.fullName,
    title: rosterMembers.title,
    function: rosterMembers.function,
  };
  const members: RosterMember[] = contactsVisible
    ? db
        .select({
          ...publicColumns,
          email: rosterMembers.email,
          accreditation: rosterMembers.accreditation,
          arrivalAt: rosterMembers.arrivalAt,
          departureAt: rosterMembers.departureAt,
        })
        .from(rosterMembers)
        .where(where)
        .all()
        .map(({ email, accreditation, arrivalAt, departureAt, ...person }) => ({
          ...person,
          contact: { email, accreditation, arrivalAt, departureAt },
        }))
    : db.select(publicColumns).from(rosterMembers).where(where).all();
  members.sort(
    (a, b) =>
      FUNCTION_ORDER.indexOf(a.function) - FUNCTION_ORDER.indexOf(b.function) ||
      a.fullName.localeCompare(b.fullName),
  );
  return { delegation, contactsVisible, members };
}
