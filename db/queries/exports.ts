import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { inPrecedenceOrder } from '@/lib/precedence';
import { getDb } from '../client';
import { belongsToMeeting, deny, type Viewer } from '../access';
import { delegations, rosterMembers } from '../schema';
import type { MeetingSummary } from './meetings';

export type Participant = { protocolName: string; headName: string | null; headTitle: string | null };

/**
 * The delegations that take part (confirmed or attended), in order of precedence, with
 * their heads' names and titles: public to every participant, as in an annex.
 */
export function listParticipants(viewer: Viewer, meeting: MeetingSummary): Participant[] {
  if (!belongsToMeeting(viewer, meeting.id)) {
    deny(viewer, 404, { action: 'list_participants', recordType: 'meeting', recordId: meeting.slug });
  }
  const rows = getDb()
    .select({
      countryCode: delegations.countryCode,
      protocolName: delegations.protocolName,
      role: delegations.role,
      manualRank: delegations.manualRank,
      headName: rosterMembers.fullName,
      headTitle: rosterMembers.title,
    })
    .from(delegations)
    .leftJoin(rosterMembers, and(eq(rosterMembers.delegationId, delegations.id), eq(rosterMembers.function, 'head')))
    .where(and(eq(delegations.meetingId, meeting.id), inArray(delegations.participation, ['confirmed', 'attended'])))
    .all();
  return inPrecedenceOrder(rows, meeting.precedenceRule).map(({ protocolName, headName, headTitle }) => ({
    protocolName,
    headName,
    headTitle,
  }));
}
