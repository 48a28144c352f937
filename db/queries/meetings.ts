import 'server-only';
import { delegationName } from '@/lib/domain/countries';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { cache } from 'react';
import { inPrecedenceOrder } from '@/lib/domain/precedence';
import { getDb, type Db } from '../client';
import { preparedQuery } from '../prepared';
import { belongsToMeeting, deny, isSecretariat, mayCheckIn, requireSecretariat } from '../access';
import type { Viewer } from '../viewer';
import { agendaItems, delegations, meetingSecretariat, meetings, outcomeDocuments, rosterMembers, users } from '../schema';
import { precedenceColumns } from '../precedence-columns';

const meetingColumns = {
  id: meetings.id,
  slug: meetings.slug,
  title: meetings.title,
  shortTitle: meetings.shortTitle,
  documentCode: meetings.documentCode,
  kind: meetings.kind,
  venue: meetings.venue,
  city: meetings.city,
  timeZone: meetings.timeZone,
  startsAt: meetings.startsAt,
  endsAt: meetings.endsAt,
  status: meetings.status,
  hostStates: meetings.hostStates,
  workingLanguages: meetings.workingLanguages,
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
  /** The prefix of the meeting's document symbols (`VG/2018`). */
  documentCode: string;
  kind: 'ministerial' | 'senior_officials' | 'working_group';
  venue: string;
  city: string;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  status: 'planning' | 'in_session' | 'concluded';
  /** ISO 3166 codes, lower case. */
  hostStates: string[];
  workingLanguages: ('en' | 'fr')[];
  precedenceRule: 'english' | 'french' | 'manual';
  /** Paper for printed exports. */
  pageSize: 'a4' | 'letter';
};

/** The ids of the host-staff accounts (secretariat and translators) that serve a meeting, as a subquery. */
export const hostStaffOf = (db: Db, meetingId: number) =>
  db.select({ id: meetingSecretariat.userId }).from(meetingSecretariat).where(eq(meetingSecretariat.meetingId, meetingId));

/** The meetings the viewer takes part in: those a host-staff account serves, or the delegation's. */
export function listMeetings(viewer: Viewer): MeetingSummary[] {
  const ids = viewer.delegation ? [viewer.delegation.meetingId] : [...viewer.secretariatOf, ...viewer.translatorOf, ...viewer.doorOf];
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

/**
 * The meeting at `slug` for its check-in desk: its door staff and its secretariat (404,
 * logged, for anyone else; a delegation has no business at the security desk).
 */
export function getCheckInMeeting(viewer: Viewer, slug: string): MeetingSummary {
  const meeting = meetingBySlug().get({ slug });
  if (!meeting || !mayCheckIn(viewer, meeting.id)) {
    deny(viewer, 404, { action: 'read_check_in', recordType: 'meeting', recordId: slug, meetingId: meeting?.id });
  }
  return meeting;
}

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
      ...precedenceColumns,
      participation: delegations.participation,
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
      .map((d) => ({ code: d.countryCode, protocolName: delegationName(d.countryCode, d.protocolName, viewer.locale), headName: d.headName })),
    participatingCount: rows.length,
  };
}

/** Creating a meeting is for secretariat accounts, whichever meetings they serve (403, logged, for anyone else). */
export function checkMeetingCreator(viewer: Viewer): void {
  if (viewer.role !== 'secretariat') deny(viewer, 403, { action: 'create_meeting', recordType: 'meeting', recordId: null });
}

/**
 * The page that copies a meeting is for its secretariat (404, logged, for anyone else): the
 * copy takes its whole set-up, which delegations do not see.
 */
export function checkMeetingCopier(viewer: Viewer, meeting: MeetingSummary): void {
  requireSecretariat(viewer, { action: 'copy_meeting', recordType: 'meeting', recordId: meeting.slug, meetingId: meeting.id }, 404);
}

/** Which of a new meeting's first steps are done, as its overview's checklist shows them. */
export type SetupChecklist = { delegations: boolean; invitations: boolean; agenda: boolean; document: boolean };

/**
 * The checklist for the meeting's secretariat; null for anyone else, and once every step
 * is done. Delegations count beyond the co-chairs made with the meeting; invitations are
 * accounts for its delegations.
 */
export function getSetupChecklist(viewer: Viewer, meeting: MeetingSummary): SetupChecklist | null {
  if (!isSecretariat(viewer, meeting.id)) return null;
  const db = getDb();
  const has = (query: { get: () => unknown }) => query.get() !== undefined;
  const ofMeeting = db.select({ id: delegations.id }).from(delegations).where(eq(delegations.meetingId, meeting.id));
  const checklist = {
    delegations: has(
      db.select({ id: delegations.id }).from(delegations).where(and(eq(delegations.meetingId, meeting.id), eq(delegations.role, 'participant'))).limit(1),
    ),
    invitations: has(db.select({ id: users.id }).from(users).where(inArray(users.delegationId, ofMeeting)).limit(1)),
    agenda: has(db.select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.meetingId, meeting.id)).limit(1)),
    document: has(db.select({ id: outcomeDocuments.id }).from(outcomeDocuments).where(eq(outcomeDocuments.meetingId, meeting.id)).limit(1)),
  };
  return Object.values(checklist).every(Boolean) ? null : checklist;
}

export type MeetingSettings = {
  /** The co-chairs' codes, as the details form lists them. */
  coChairs: string[];
  members: { id: number; name: string; email: string }[];
};

/** What the settings page shows beyond the meeting's fields. Its secretariat only (404, logged, otherwise). */
export function getMeetingSettings(viewer: Viewer, meeting: MeetingSummary): MeetingSettings {
  requireSecretariat(viewer, { action: 'read_meeting_settings', recordType: 'meeting', recordId: meeting.slug, meetingId: meeting.id }, 404);
  const db = getDb();
  const coChairs = db
    .select({ code: delegations.countryCode })
    .from(delegations)
    .where(and(eq(delegations.meetingId, meeting.id), eq(delegations.role, 'co_chair')))
    .all();
  const members = db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(inArray(users.id, hostStaffOf(db, meeting.id)), eq(users.role, 'secretariat')))
    .orderBy(users.name)
    .all();
  return { coChairs: coChairs.map((c) => c.code), members };
}
