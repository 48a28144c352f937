import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { cache } from 'react';
import { inPrecedenceOrder } from '@/lib/precedence';
import { getDb, type Db } from '../client';
import { preparedQuery } from '../prepared';
import { belongsToMeeting, deny, type Viewer } from '../access';
import { delegations, meetingSecretariat, meetings, rosterMembers } from '../schema';

const meetingColumns = {
  id: meetings.id,
  slug: meetings.slug,
  title: meetings.title,
  shortTitle: meetings.shortTitle,
  venue: meetings.venue,
  city: meetings.city,
  timeZone: meetings.timeZone,
  startsAt: meetings.startsAt,
  endsAt: meetings.endsAt,
  status: meetings.status,
  precedenceRule: meetings.precedenceRule,
  pageSize: meetings.pageSize,
};

const meetingBySlug = preparedQuery((db) =>
  db.select(meetingColumns).from(meetings).where(eq(meetings.slug, sql.placeholder('slug'))).prepare(),
);

export type MeetingSummary = {
  id: number;
  slug: string;
  title: string;
  shortTitle: string;
  venue: string;
  city: string;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  status: 'planning' | 'in_session' | 'concluded';
  precedenceRule: 'english' | 'french' | 'manual';
  /** Paper for printed exports. */
  pageSize: 'a4' | 'letter';
};

/** The ids of the secretariat accounts that serve a meeting, as a subquery. */
export const secretariatOf = (db: Db, meetingId: number) =>
  db.select({ id: meetingSecretariat.userId }).from(meetingSecretariat).where(eq(meetingSecretariat.meetingId, meetingId));

/** The meetings the viewer takes part in: those a secretariat account serves, or the delegation's. */
export function listMeetings(viewer: Viewer): MeetingSummary[] {
  const ids = viewer.role === 'secretariat' ? viewer.secretariatOf : viewer.delegation ? [viewer.delegation.meetingId] : [];
  return getDb().select(meetingColumns).from(meetings).where(inArray(meetings.id, [...ids])).orderBy(meetings.startsAt).all();
}

/**
 * The meeting at `slug`, if the viewer takes part in it. Throws AccessDenied(404) (and
 * logs it) for a meeting the viewer is not part of, so its existence is not confirmed.
 * Cached per request: the layout and the page share one read.
 */
export const getMeeting = cache((viewer: Viewer, slug: string): MeetingSummary => {
  const meeting = meetingBySlug().get({ slug });
  if (!meeting || !belongsToMeeting(viewer, meeting.id)) {
    deny(viewer, 404, { action: 'read_meeting', recordType: 'meeting', recordId: slug });
  }
  return meeting;
});

export type MeetingOverview = {
  coChairs: { code: string; protocolName: string; headName: string | null }[];
  participatingCount: number;
};

/** What the overview page shows beyond the meeting's own fields. Readable by every participant. */
export function getMeetingOverview(viewer: Viewer, meeting: MeetingSummary): MeetingOverview {
  if (!belongsToMeeting(viewer, meeting.id)) {
    deny(viewer, 404, { action: 'read_meeting', recordType: 'meeting', recordId: meeting.slug });
  }
  const rows = getDb()
    .select({
      countryCode: delegations.countryCode,
      protocolName: delegations.protocolName,
      role: delegations.role,
      participation: delegations.participation,
      manualRank: delegations.manualRank,
      headName: rosterMembers.fullName,
    })
    .from(delegations)
    .leftJoin(
      rosterMembers,
      and(eq(rosterMembers.delegationId, delegations.id), eq(rosterMembers.function, 'head')),
    )
    .where(
      and(
        eq(delegations.meetingId, meeting.id),
        inArray(delegations.participation, ['confirmed', 'attended']),
      ),
    )
    .all();
  return {
    coChairs: inPrecedenceOrder(rows, meeting.precedenceRule)
      .filter((d) => d.role === 'co_chair')
      .map((d) => ({ code: d.countryCode, protocolName: d.protocolName, headName: d.headName })),
    participatingCount: rows.length,
  };
}
