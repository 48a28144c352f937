import { readdirSync } from 'node:fs';
import path from 'node:path';
import { and, asc, eq, gt, like, max } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { demoDatabaseCopy, otherMeetingSecretariat, viewerFor } from '@/test/database';
import { readyTheText } from '@/test/drafting';
import { lisbonMeeting } from '@/test/meetings';
import {
  allows,
  demoAccount,
  isGated,
  isPublic,
  MUTATIONS,
  OTHER_MEETING_SECRETARIAT,
  READS,
  refusalFor,
  ROLES,
  type Gated,
  type Role,
} from '@/test/authorization-table';
import { toLocalDate, toLocalDateTime } from '@/lib/domain/zoned-time';
import { AccessDenied } from './access';
import type { Viewer } from './viewer';
import { getDb } from './client';
import { RuleViolation } from './errors';
import * as accounts from './mutations/accounts';
import * as amendmentMutations from './mutations/amendments';
import * as commentMutations from './mutations/comments';
import * as paragraphMutations from './mutations/paragraphs';
import * as silence from './mutations/silence';
import * as silenceScheduler from './mutations/silence-scheduler';
import * as stanceMutations from './mutations/stances';
import * as accreditation from './mutations/accreditation';
import * as agenda from './mutations/agenda';
import * as agendaSpeakers from './mutations/agenda-speakers';
import * as audit from './mutations/audit';
import * as bilaterals from './mutations/bilaterals';
import * as delegationMutations from './mutations/delegations';
import * as documents from './mutations/documents';
import * as documentSettings from './mutations/document-settings';
import * as documentVisits from './mutations/document-visits';
import * as invitationToken from './mutations/invitation-token';
import * as notifications from './mutations/notifications';
import * as outbox from './mutations/outbox';
import * as meetings from './mutations/meetings';
import * as positions from './mutations/positions';
import * as roster from './mutations/roster';
import * as signIn from './mutations/sign-in';
import { listAccounts } from './queries/accounts';
import { listOutbox } from './queries/outbox';
import { agendaItemColumns } from './queries/agenda';
import { listAuditEntries } from './queries/audit';
import { getRoster, getRosterForEditing, getRosterMember, listParticipants } from './queries/delegations';
import { checkDocumentCreator } from './queries/documents';
import { getDocument, getDocumentDistribution, listDocuments } from './queries/documents';
import { getDocumentHistory } from './queries/history';
import { checkMeetingCopier, getCheckInMeeting, getMeeting, getMeetingSettings, type MeetingSummary } from './queries/meetings';
import { getAccreditationDesk, getBadgeSheet, getMemberPhoto } from './queries/accreditation';
import { getBilateralBoard, getDelegationSchedule } from './queries/bilaterals';
import { agendaForNewPosition, getPosition } from './queries/positions';
import {
  agendaItems,
  agendaSpeakers as speakersTable,
  amendments,
  auditEntries,
  bilateralRooms,
  delegations,
  meetingSecretariat,
  memberPhotos,
  outcomeDocuments,
  paragraphs,
  positionStatements,
  rosterMembers,
  users,
} from './schema';

const MODULES: Record<string, Record<string, unknown>> = {
  accounts,
  accreditation,
  agenda,
  amendments: amendmentMutations,
  comments: commentMutations,
  paragraphs: paragraphMutations,
  silence,
  'silence-scheduler': silenceScheduler,
  stances: stanceMutations,
  'agenda-speakers': agendaSpeakers,
  audit,
  bilaterals,
  delegations: delegationMutations,
  documents,
  'document-settings': documentSettings,
  'document-visits': documentVisits,
  'invitation-token': invitationToken,
  notifications,
  outbox,
  meetings,
  positions,
  roster,
  'sign-in': signIn,
};

/** The meeting and the records a case acts on, read from a fresh demo database. */
type Context = { meeting: MeetingSummary; owner: string; documentId: number };

/**
 * How to call one entry point with valid arguments. The owning delegation (`owner`, Japan
 * unless the records call for another) and another one (`other`) supply the head and staff
 * roles. `prepare` sets the scene as whoever may; `ruleFor` names the domain rule an allowed
 * role still meets (co-sponsoring one's own amendment), which is not an access refusal.
 */
type Case<T = unknown> = {
  owner?: string;
  other?: string;
  prepare?: (context: Context) => T;
  run: (viewer: Viewer, context: Context, prepared: T) => unknown;
  ruleFor?: Partial<Record<Role, string>>;
};
const call = <T,>(c: Case<T>) => c as Case;

const secretariat = () => viewerFor('secretariat@vancouver.test');
const db = () => getDb();

const delegationId = (code: string) =>
  db().select({ id: delegations.id }).from(delegations).where(eq(delegations.countryCode, code)).get()!.id;
const userId = (email: string) => db().select({ id: users.id }).from(users).where(eq(users.email, email)).get()!.id;
const paragraphOf = (status: 'draft' | 'bracketed' | 'agreed', documentId: number) =>
  db()
    .select()
    .from(paragraphs)
    .where(and(eq(paragraphs.documentId, documentId), eq(paragraphs.status, status)))
    .orderBy(asc(paragraphs.position))
    .all()[1];
const amendmentOf = (code: string) =>
  db()
    .select({ id: amendments.id })
    .from(amendments)
    .where(and(eq(amendments.delegationId, delegationId(code)), eq(amendments.status, 'open')))
    .get()!.id;
const memberOf = (code: string, fn = 'adviser') =>
  db()
    .select()
    .from(rosterMembers)
    .where(and(eq(rosterMembers.delegationId, delegationId(code)), eq(rosterMembers.function, fn as 'adviser')))
    .get()!;
const statementOf = (code: string, visibility: 'delegation' | 'secretariat' | 'circulated') =>
  db()
    .select({ id: positionStatements.id, version: positionStatements.version, title: positionStatements.title })
    .from(positionStatements)
    .where(and(eq(positionStatements.delegationId, delegationId(code)), eq(positionStatements.visibility, visibility)))
    .get()!;
const programme = () => db().select(agendaItemColumns).from(agendaItems).orderBy(asc(agendaItems.position)).all();
const speakersOn = (itemId: number) =>
  db().select().from(speakersTable).where(eq(speakersTable.agendaItemId, itemId)).orderBy(asc(speakersTable.position)).all();
/** A published item on whose speakers list none of `codes` is, with at least `listed` others on it. */
const itemWithout = (codes: string[], listed = 0) => {
  const ids = codes.map(delegationId);
  return programme().find((item) => {
    const speakers = item.publishedAt ? speakersOn(item.id) : [];
    return item.publishedAt && speakers.length >= listed && !speakers.some((s) => ids.includes(s.delegationId));
  })!;
};
/** An item's speakers list after `code` asked for the floor, behind others; returns its entry. */
const requested = (meeting: MeetingSummary, code: string) => {
  const item = itemWithout([code], 2);
  agendaSpeakers.requestFloor(viewerFor(`${code}.staff@vancouver.test`), meeting, item.id);
  const list = speakersOn(item.id);
  return { itemId: item.id, speakerId: list.find((s) => s.delegationId === delegationId(code))!.id, order: list.map((s) => s.id) };
};
const person = (fullName: string) => ({ fullName, title: 'Adviser', function: 'adviser' as const, email: null, arrivalAt: null, departureAt: null });
const tomorrow = () => new Date(Date.now() + 24 * 60 * 60 * 1000);
const documentVersion = (documentId: number) =>
  db().select({ version: outcomeDocuments.version }).from(outcomeDocuments).where(eq(outcomeDocuments.id, documentId)).get()!.version;
/** The demo's document, restricted by its secretariat to the owning delegation alone. */
const restrictTo = (code: string, documentId: number) =>
  documentSettings.setDocumentDistribution(secretariat(), { documentId, version: documentVersion(documentId), distribution: 'restricted', recipientCodes: [code] });
/**
 * The demo's document as a chair's text (made so on creation, which this branch has no
 * mutation for), without its bracketed paragraphs, which would keep it from being issued.
 */
const asChairsText = (documentId: number) => {
  db().update(outcomeDocuments).set({ draftingMode: 'chairs_text' }).where(eq(outcomeDocuments.id, documentId)).run();
  db().update(paragraphs).set({ deletedAt: new Date() }).where(and(eq(paragraphs.documentId, documentId), like(paragraphs.text, '%[%'))).run();
};
/** The demo text made ready and put under silence by the secretariat. */
const underSilence = (documentId: number) => {
  readyTheText(documentId);
  silence.startSilence(secretariat(), { documentId, deadline: tomorrow() });
};

/** A time on the demo's 16 January, on its clock (Vancouver, UTC-8). */
const onTheDay = (time: string) => new Date(`2018-01-16T${time}:00-08:00`);
/** Japan's staff asks the Republic of Korea for a bilateral over the working lunch; its id. */
const japanAsksKorea = (meeting: MeetingSummary) =>
  bilaterals.requestBilateral(viewerFor('jp.staff@vancouver.test'), meeting, {
    invitedCodes: ['kr'],
    windows: [{ start: onTheDay('12:30'), end: onTheDay('14:00') }],
    minutes: 30,
    level: 'ministers',
    topic: 'Matrix',
    interpretation: false,
    duringPlenary: false,
  }).id;
const roomNamed = (name: string) => db().select({ id: bilateralRooms.id }).from(bilateralRooms).where(eq(bilateralRooms.name, name)).get()!.id;

const CASES: Record<string, Case> = {
  'bilaterals.requestBilateral': {
    run: (v, { meeting }) =>
      bilaterals.requestBilateral(v, meeting, {
        invitedCodes: ['th'],
        windows: [{ start: onTheDay('12:30'), end: onTheDay('14:00') }],
        minutes: 30,
        level: 'senior_officials',
        topic: 'Matrix',
        interpretation: false,
        duringPlenary: false,
      }),
  },
  'bilaterals.answerBilateral': call({
    owner: 'kr',
    other: 'th',
    prepare: ({ meeting }) => japanAsksKorea(meeting),
    run: (v, { meeting }, bilateralId) => bilaterals.answerBilateral(v, meeting, { bilateralId, version: 1, answer: 'accept' }),
  }),
  'bilaterals.scheduleBilateral': call({
    prepare: ({ meeting }) => {
      const bilateralId = japanAsksKorea(meeting);
      bilaterals.answerBilateral(viewerFor('kr.staff@vancouver.test'), meeting, { bilateralId, version: 1, answer: 'accept' });
      return bilateralId;
    },
    run: (v, { meeting }, bilateralId) => bilaterals.scheduleBilateral(v, meeting, { bilateralId, version: 2, roomId: roomNamed('Salon B'), start: onTheDay('12:30') }),
  }),
  'bilaterals.setBilateralRooms': {
    run: (v, { meeting }) =>
      bilaterals.setBilateralRooms(v, meeting, [
        { name: 'Salon A', capacity: 14, interpretation: true, equipment: '' },
        { name: 'Salon B', capacity: 8, interpretation: false, equipment: '' },
      ]),
  },
  'bilaterals.setBilateralRules': { run: (v, { meeting }) => bilaterals.setBilateralRules(v, meeting, { bufferMinutes: 10, requestDeadline: null }) },
  'paragraphs.translateParagraph': {
    run: (v, { documentId }) => {
      const paragraph = paragraphOf('agreed', documentId);
      return paragraphMutations.translateParagraph(v, { documentId, paragraphId: paragraph.id, version: 1, sourceVersion: paragraph.version, text: 'Les ministres ont réaffirmé leur objectif commun.' });
    },
  },
  'accounts.createAccount': {
    run: (v, { meeting }) =>
      accounts.createAccount(v, meeting, { name: 'New Adviser', email: 'new.adviser@example.test', role: 'staff', delegationCode: 'jp', password: null }),
  },
  'accounts.issueInvitation': { run: (v, { meeting }) => accounts.issueInvitation(v, meeting, userId('no.staff@vancouver.test')) },
  'accounts.setAccountDisabled': { run: (v, { meeting }) => accounts.setAccountDisabled(v, meeting, userId('no.staff@vancouver.test'), true) },
  'accounts.changePassword': { run: (v) => accounts.changePassword(v, 'vancouver-2018', 'Quiet harbour lanterns drift 47') },
  'accounts.signOutEverywhere': { run: (v) => accounts.signOutEverywhere(v) },
  'notifications.setMailPreferences': {
    run: (v) => notifications.setMailPreferences(v, { silence_started: 'digest', silence_ended: 'immediate', amendment_decided: 'never', statement_circulated: 'immediate' }, 'Europe/Oslo'),
  },
  'notifications.rememberLanguage': { run: (v) => notifications.rememberLanguage(v, 'fr') },
  'agenda.createAgendaItem': {
    run: (v, { meeting }) =>
      agenda.createAgendaItem(v, meeting, {
        title: 'Bilateral meetings',
        description: '',
        kind: 'bilateral',
        startsAt: '2018-01-16T18:00',
        endsAt: '2018-01-16T18:30',
        location: 'Room 2',
        chair: '',
      }),
  },
  'agenda.updateAgendaItem': call({
    prepare: ({ meeting }) => {
      const item = programme()[1];
      return { id: item.id, record: agenda.toItemRecord(item, meeting.timeZone) };
    },
    run: (v, { meeting }, { id, record: { version, ...input } }) =>
      agenda.updateAgendaItem(v, meeting, id, version, { ...input, title: `${input.title} (revised)` }),
  }),
  'agenda.deleteAgendaItem': call({
    prepare: () => programme()[1],
    run: (v, { meeting }, item) => agenda.deleteAgendaItem(v, meeting, item.id, item.version),
  }),
  'agenda.publishAgendaItems': call({
    prepare: ({ meeting }) =>
      agenda.createAgendaItem(secretariat(), meeting, {
        title: 'Draft item',
        description: '',
        kind: 'press',
        startsAt: '2018-01-16T19:00',
        endsAt: '2018-01-16T19:30',
        location: 'Room 3',
        chair: '',
      }).id,
    run: (v, { meeting }, itemId) => agenda.publishAgendaItems(v, meeting, { itemId }),
  }),
  'agenda.moveAgendaItem': call({
    prepare: ({ meeting }) => {
      const items = programme();
      const day = (at: Date) => toLocalDate(at, meeting.timeZone);
      const index = items.findIndex((item, i) => i > 0 && day(item.startsAt) === day(items[i - 1].startsAt));
      return { itemId: items[index].id, targetId: items[index - 1].id, expectedOrder: items.map((i) => i.id) };
    },
    run: (v, { meeting }, move) => agenda.moveAgendaItem(v, meeting, { ...move, placement: 'before' }),
  }),
  'agenda-speakers.requestFloor': {
    run: (v, { meeting }) => agendaSpeakers.requestFloor(v, meeting, itemWithout(['jp', 'kr']).id),
  },
  'agenda-speakers.withdrawFloorRequest': call({
    prepare: ({ meeting }) => {
      const item = itemWithout(['jp', 'kr']);
      for (const code of ['jp', 'kr']) agendaSpeakers.requestFloor(viewerFor(`${code}.staff@vancouver.test`), meeting, item.id);
      return item.id;
    },
    run: (v, { meeting }, itemId) => agendaSpeakers.withdrawFloorRequest(v, meeting, itemId),
  }),
  'agenda-speakers.removeSpeaker': call({
    prepare: ({ meeting }) => requested(meeting, 'jp'),
    run: (v, { meeting }, { speakerId }) => agendaSpeakers.removeSpeaker(v, meeting, speakerId),
  }),
  'agenda-speakers.acceptSpeaker': call({
    prepare: ({ meeting }) => requested(meeting, 'jp'),
    run: (v, { meeting }, { speakerId }) => agendaSpeakers.acceptSpeaker(v, meeting, speakerId),
  }),
  'agenda-speakers.moveSpeaker': call({
    prepare: ({ meeting }) => requested(meeting, 'jp'),
    run: (v, { meeting }, { speakerId, order }) =>
      agendaSpeakers.moveSpeaker(v, meeting, { speakerId, direction: order.indexOf(speakerId) > 0 ? 'up' : 'down', expectedOrder: order }),
  }),
  'agenda-speakers.setSpeakingTimes': call({
    prepare: ({ meeting }) => requested(meeting, 'jp'),
    run: (v, { meeting }, { itemId, speakerId }) => agendaSpeakers.setSpeakingTimes(v, meeting, itemId, [{ speakerId, minutes: 5 }]),
  }),
  'delegations.addDelegation': {
    run: (v, { meeting }) => delegationMutations.addDelegation(v, meeting, { code: 'de', protocolName: '', role: 'participant', participation: 'invited' }),
  },
  'delegations.updateDelegation': {
    run: (v, { meeting }) =>
      delegationMutations.updateDelegation(v, meeting, { code: 'jp', protocolName: 'Japan', role: 'participant', participation: 'attended' }),
  },
  'delegations.setPrecedenceRule': { run: (v, { meeting }) => delegationMutations.setPrecedenceRule(v, meeting, 'french') },
  'delegations.moveDelegation': call({
    prepare: ({ meeting }) => {
      delegationMutations.setPrecedenceRule(secretariat(), meeting, 'manual');
      return { ...meeting, precedenceRule: 'manual' as const };
    },
    run: (v, _context, manual) => delegationMutations.moveDelegation(v, manual, 'jp', 'up'),
  }),
  'delegations.setSeatingLayout': { run: (v, { meeting }) => delegationMutations.setSeatingLayout(v, meeting, 'horseshoe') },
  'delegations.swapSeats': { run: (v, { meeting }) => delegationMutations.swapSeats(v, meeting, 'jp', 'kr') },
  'delegations.resetSeats': { run: (v, { meeting }) => delegationMutations.resetSeats(v, meeting) },
  'documents.createDocument': {
    run: (v, { meeting }) =>
      documents.createDocument(v, meeting, {
        kind: 'declaration',
        title: 'Vancouver Declaration',
        draftingMode: 'negotiated',
        paragraphs: [{ kind: 'operative', text: 'Ministers [agree / decide] to meet again.' }],
      }),
  },
  'meetings.createMeeting': { run: (v) => meetings.createMeeting(v, lisbonMeeting) },
  'meetings.updateMeeting': {
    run: (v, { meeting }) =>
      meetings.updateMeeting(v, meeting, {
        ...meeting,
        title: `${meeting.title} (revised)`,
        startsAt: toLocalDateTime(meeting.startsAt, meeting.timeZone),
        endsAt: toLocalDateTime(meeting.endsAt, meeting.timeZone),
        coChairs: ['ca', 'us'],
      }),
  },
  'meetings.copyMeeting': {
    run: (v, { meeting }) =>
      meetings.copyMeeting(v, meeting, {
        title: "Vancouver Foreign Ministers' Meeting 2019",
        shortTitle: 'Vancouver 2019',
        documentCode: 'VG/2019',
        slug: 'vancouver-2019',
        timeZone: meeting.timeZone,
        startsAt: '2019-01-14T18:00',
        endsAt: '2019-01-15T18:00',
      }),
  },
  'meetings.setMeetingStatus': { run: (v, { meeting }) => meetings.setMeetingStatus(v, meeting, 'concluded') },
  'meetings.addSecretariatMember': call({
    prepare: () => db().insert(users).values({ email: 'second.officer@example.test', name: 'Second Officer', role: 'secretariat' }).run(),
    run: (v, { meeting }) => meetings.addSecretariatMember(v, meeting, 'second.officer@example.test'),
  }),
  'meetings.removeSecretariatMember': call({
    prepare: ({ meeting }) => {
      const { id } = db().insert(users).values({ email: 'second.officer@example.test', name: 'Second Officer', role: 'secretariat' }).returning({ id: users.id }).get();
      db().insert(meetingSecretariat).values({ meetingId: meeting.id, userId: id }).run();
      return id;
    },
    run: (v, { meeting }, id) => meetings.removeSecretariatMember(v, meeting, id),
  }),
  'paragraphs.editParagraph': {
    run: (v, { documentId }) => {
      const p = paragraphOf('draft', documentId);
      return paragraphMutations.editParagraph(v, { documentId, paragraphId: p.id, version: p.version, text: 'Ministers agreed on new words.' });
    },
  },
  'paragraphs.addParagraph': {
    run: (v, { documentId }) => paragraphMutations.addParagraph(v, { documentId, afterParagraphId: null, kind: 'operative', text: 'A new paragraph.' }),
  },
  'paragraphs.moveParagraph': {
    run: (v, { documentId }) => paragraphMutations.moveParagraph(v, { documentId, paragraphId: paragraphOf('draft', documentId).id, direction: 'up' }),
  },
  'paragraphs.deleteParagraph': {
    run: (v, { documentId }) => {
      const p = paragraphOf('draft', documentId);
      return paragraphMutations.deleteParagraph(v, { documentId, paragraphId: p.id, version: p.version });
    },
  },
  'paragraphs.setParagraphStatus': {
    run: (v, { documentId }) => paragraphMutations.setParagraphStatus(v, { documentId, paragraphId: paragraphOf('draft', documentId).id, status: 'agreed' }),
  },
  'paragraphs.setBracketHolders': {
    run: (v, { documentId }) =>
      paragraphMutations.setBracketHolders(v, { documentId, paragraphId: paragraphOf('bracketed', documentId).id, bracketIndex: 0, delegationCodes: ['jp'] }),
  },
  'amendments.proposeAmendment negotiated': { run: (v, { documentId }) => proposeReplacement(v, documentId) },
  'amendments.proposeAmendment chairsText': {
    prepare: ({ documentId }) => asChairsText(documentId),
    run: (v, { documentId }) => proposeReplacement(v, documentId),
  },
  'amendments.supportAmendment': {
    run: (v) => amendmentMutations.supportAmendment(v, { amendmentId: amendmentOf('jp'), stance: 'cosponsor' }),
    ruleFor: { ownHead: 'ownAmendment', ownStaff: 'ownAmendment' },
  },
  'amendments.withdrawAmendment': { run: (v) => amendmentMutations.withdrawAmendment(v, { amendmentId: amendmentOf('jp') }) },
  'amendments.acceptAmendment': { run: (v) => amendmentMutations.acceptAmendment(v, { amendmentId: amendmentOf('jp'), confirmedParagraphVersion: null }) },
  'amendments.rejectAmendment': { run: (v) => amendmentMutations.rejectAmendment(v, { amendmentId: amendmentOf('jp'), reason: 'Not needed.' }) },
  'comments.addComment open': { run: (v, { documentId }) => commentOn(v, documentId) },
  'comments.addComment restricted': {
    prepare: ({ documentId, owner }) => restrictTo(owner, documentId),
    run: (v, { documentId }) => commentOn(v, documentId),
  },
  'stances.recordStance negotiated': { run: (v, { documentId }) => stanceMutations.recordStance(v, { documentId, kind: 'reservation', text: 'On paragraph 3.' }) },
  'stances.recordStance chairsText': {
    prepare: ({ documentId }) => asChairsText(documentId),
    run: (v, { documentId }) => stanceMutations.recordStance(v, { documentId, kind: 'endorse', text: '' }),
  },
  'silence.issueChairsText': {
    prepare: ({ documentId }) => asChairsText(documentId),
    run: (v, { documentId }) => silence.issueChairsText(v, { documentId }),
  },
  'document-visits.recordDocumentVisit': {
    prepare: ({ documentId, owner }) => restrictTo(owner, documentId),
    run: (v, { meeting, documentId }) => documentVisits.recordDocumentVisit(v, { meetingId: meeting.id, documentId, now: new Date(), latestChange: null }),
  },
  'document-settings.setDocumentDistribution': {
    run: (v, { documentId }) =>
      documentSettings.setDocumentDistribution(v, { documentId, version: documentVersion(documentId), distribution: 'restricted', recipientCodes: ['jp', 'kr'] }),
  },
  'silence.breakSilence': call({
    prepare: ({ documentId }) => underSilence(documentId),
    run: (v, { documentId }) => silence.breakSilence(v, { documentId, reason: 'We cannot accept paragraph 3.' }),
  }),
  'silence.withdrawSilence': call({
    prepare: ({ documentId }) => underSilence(documentId),
    run: (v, { documentId }) => silence.withdrawSilence(v, { documentId, reason: 'The deadline was wrong.' }),
  }),
  'silence.startSilence': call({
    prepare: ({ documentId }) => readyTheText(documentId),
    run: (v, { documentId }) => silence.startSilence(v, { documentId, deadline: tomorrow() }),
  }),
  'silence.reopenDocument': call({
    prepare: ({ documentId }) => {
      readyTheText(documentId);
      const deadline = tomorrow();
      silence.startSilence(secretariat(), { documentId, deadline });
      silenceScheduler.settleSilences(documentId, new Date(deadline.getTime() + 1000));
    },
    run: (v, { documentId }) => silence.reopenDocument(v, { documentId, reason: 'A late objection.' }),
  }),
  'positions.createPosition': { run: (v, { meeting }) => positions.createPosition(v, meeting, { agendaItemId: null, title: 'General line', body: 'Text.' }) },
  'positions.revisePosition private': {
    owner: 'kr',
    other: 'jp',
    run: (v, { meeting }) => {
      const s = statementOf('kr', 'delegation');
      return positions.revisePosition(v, meeting, { id: s.id, expectedVersion: s.version, title: `${s.title} (rev)`, body: 'New text.' });
    },
  },
  'positions.revisePosition shared': {
    owner: 'nz',
    run: (v, { meeting }) => {
      const s = statementOf('nz', 'secretariat');
      return positions.revisePosition(v, meeting, { id: s.id, expectedVersion: s.version, title: `${s.title} (rev)`, body: 'New text.' });
    },
  },
  'positions.revisePosition circulated': {
    run: (v, { meeting }) => {
      const s = statementOf('jp', 'circulated');
      return positions.revisePosition(v, meeting, { id: s.id, expectedVersion: s.version, title: `${s.title} (rev)`, body: 'New text.' });
    },
  },
  'positions.advancePosition share': {
    owner: 'kr',
    other: 'jp',
    run: (v, { meeting }) => {
      const s = statementOf('kr', 'delegation');
      return positions.advancePosition(v, meeting, { id: s.id, expectedVersion: s.version, to: 'secretariat' });
    },
  },
  'positions.advancePosition circulate': {
    owner: 'nz',
    run: (v, { meeting }) => {
      const s = statementOf('nz', 'secretariat');
      return positions.advancePosition(v, meeting, { id: s.id, expectedVersion: s.version, to: 'circulated' });
    },
  },
  'accreditation.advanceAccreditation': { run: (v, { meeting }) => accreditation.advanceAccreditation(v, meeting, [memberOf('jp').id], 'revoke') },
  'accreditation.setMemberPhoto': { run: (v, { meeting }) => accreditation.setMemberPhoto(v, meeting, 'jp', memberOf('jp').id, Buffer.from('a re-encoded JPEG')) },
  'accreditation.setCategoryQuotas': { run: (v, { meeting }) => accreditation.setCategoryQuotas(v, meeting, { delegate: 3 }) },
  'accreditation.setAccessZones': { run: (v, { meeting }) => accreditation.setAccessZones(v, meeting, [{ name: 'Plenary', categories: ['delegate'] }]) },
  'accreditation.checkInBadge': { run: (v, { meeting }) => accreditation.checkInBadge(v, meeting, 'VGB-not-a-ticket') },
  'roster.addRosterMember': { run: (v, { meeting }) => roster.addRosterMember(v, meeting, 'jp', person('New Adviser')) },
  'roster.updateRosterMember details': {
    run: (v, { meeting }) => {
      const m = memberOf('jp');
      return roster.updateRosterMember(v, meeting, 'jp', m.id, m.version, { ...person(m.fullName), title: 'Senior Adviser' });
    },
  },
  'roster.updateRosterMember accreditation': {
    run: (v, { meeting }) => {
      const m = memberOf('jp');
      const accreditation = m.accreditation === 'approved' ? 'badge_issued' : 'approved';
      return roster.updateRosterMember(v, meeting, 'jp', m.id, m.version, { ...person(m.fullName), title: m.title, accreditation });
    },
  },
  'roster.removeRosterMember': { run: (v, { meeting }) => roster.removeRosterMember(v, meeting, 'jp', memberOf('jp').id) },
  'roster.importRosterMembers': { run: (v, { meeting }) => roster.importRosterMembers(v, meeting, 'jp', [person('Imported Adviser')]) },
};

function proposeReplacement(v: Viewer, documentId: number) {
  return amendmentMutations.proposeAmendment(v, {
    documentId,
    paragraphId: paragraphOf('draft', documentId).id,
    action: 'replace',
    text: 'Better words.',
    rationale: 'Clearer.',
    positionStatementId: null,
  });
}
const commentOn = (v: Viewer, documentId: number) =>
  commentMutations.addComment(v, { documentId, paragraphId: paragraphOf('draft', documentId).id, amendmentId: null, body: 'A thought.' });

/** Contact details of the owner's members, as the read shows them to the viewer (present or not). */
const ownerContactsShown = (members: { contact?: unknown }[]) => members.length > 0 && members.every((m) => m.contact !== undefined);

const READ_CASES: Record<string, Case> = {
  'delegations.getRoster contacts': { run: (v, { meeting }) => ownerContactsShown(getRoster(v, meeting, 'jp').members) || withheld() },
  'delegations.getRosterMember': { run: (v, { meeting }) => getRosterMember(v, meeting, 'jp', memberOf('jp').id) },
  'delegations.getRosterForEditing': { run: (v, { meeting }) => getRosterForEditing(v, meeting, 'jp') },
  'delegations.listParticipants contacts': {
    run: (v, { meeting }) => ownerContactsShown(listParticipants(v, meeting).find((d) => d.delegation.code === 'jp')!.members) || withheld(),
  },
  'positions.getPosition private': { owner: 'kr', other: 'jp', run: (v, { meeting }) => getPosition(v, meeting, statementOf('kr', 'delegation').id) },
  'positions.getPosition shared': { owner: 'nz', run: (v, { meeting }) => getPosition(v, meeting, statementOf('nz', 'secretariat').id) },
  'positions.getPosition circulated': { run: (v, { meeting }) => getPosition(v, meeting, statementOf('jp', 'circulated').id) },
  'positions.agendaForNewPosition': { run: (v, { meeting }) => agendaForNewPosition(v, meeting) },
  'audit.listAuditEntries': { run: (v, { meeting }) => listAuditEntries(v, meeting, {}, null) },
  'accounts.listAccounts': { run: (v, { meeting }) => listAccounts(v, meeting) },
  'outbox.listOutbox': { run: (v, { meeting }) => listOutbox(v, meeting) },
  'meetings.getMeetingSettings': { run: (v, { meeting }) => getMeetingSettings(v, meeting) },
  'documents.checkDocumentCreator': { run: (v, { meeting }) => checkDocumentCreator(v, meeting) },
  'documents.getDocument restricted': {
    prepare: ({ documentId, owner }) => restrictTo(owner, documentId),
    run: (v, { meeting, documentId }) => getDocument(v, meeting, documentId),
  },
  'documents.listDocuments restricted': {
    prepare: ({ documentId, owner }) => restrictTo(owner, documentId),
    run: (v, { meeting, documentId }) => listDocuments(v, meeting).some((d) => d.id === documentId) || withheld(),
  },
  'history.getDocumentHistory restricted': {
    prepare: ({ documentId, owner }) => restrictTo(owner, documentId),
    run: (v, { meeting, documentId }) => getDocumentHistory(v, meeting, documentId),
  },
  'documents.getDocumentDistribution': { run: (v, { meeting, documentId }) => getDocumentDistribution(v, meeting, documentId) },
  'meetings.checkMeetingCopier': { run: (v, { meeting }) => checkMeetingCopier(v, meeting) },
  'meetings.getCheckInMeeting': { run: (v) => getCheckInMeeting(v, 'vancouver-2018') },
  'accreditation.getAccreditationDesk': { run: (v, { meeting }) => getAccreditationDesk(v, meeting, {}) },
  'bilaterals.getBilateralBoard': { run: (v, { meeting }) => getBilateralBoard(v, meeting) },
  'bilaterals.getDelegationSchedule': { run: (v, { meeting }) => getDelegationSchedule(v, meeting, 'jp') },
  'accreditation.getBadgeSheet': { run: (v, { meeting }) => getBadgeSheet(v, meeting, 'jp') },
  'accreditation.getMemberPhoto': {
    prepare: () => db().insert(memberPhotos).values({ memberId: memberOf('jp').id, jpeg: Buffer.from('a re-encoded JPEG'), updatedAt: new Date() }).run(),
    run: (v, { meeting }) => getMemberPhoto(v, meeting, memberOf('jp').id),
  },
};

/**
 * Reads that do not refuse but leave out what the viewer may not see: an absence stands for
 * the refusal (whatever its status: a list leaves out alike what would be 403 and 404), so
 * that the same matrix applies. Nothing is logged for it.
 */
class Withheld extends Error {}
const withheld = (): never => {
  throw new Withheld();
};

const lastAuditId = () => db().select({ id: max(auditEntries.id) }).from(auditEntries).get()?.id ?? 0;
const auditSince = (id: number) =>
  db().select({ actor: auditEntries.actorUserId, outcome: auditEntries.outcome, action: auditEntries.action }).from(auditEntries).where(gt(auditEntries.id, id)).all();

/** Every table's rows but the logs', as text: what "nothing changed" compares. */
function snapshot(): string {
  const tables = db()
    .$client.prepare(`select name from sqlite_master where type = 'table' and name not in ('audit_entries', 'sign_in_attempts') and name not like 'sqlite_%' and name not like '%_fts%' order by name`)
    .all() as { name: string }[];
  return JSON.stringify(tables.map(({ name }) => db().$client.prepare(`select * from "${name}"`).all()));
}

/** Runs `entry` as each of the signed-in roles on its own fresh demo database. */
function matrix(name: string, rule: Gated, entry: Case) {
  describe(name, () => {
    for (const role of ROLES.filter((r): r is Exclude<Role, 'signedOut'> => r !== 'signedOut')) {
      const allowed = allows(rule.rule, role, rule.ownership);
      it(`${role}: ${allowed ? 'allowed' : `refused ${refusalFor(rule.refusal, role)}`}`, async () => {
        await demoDatabaseCopy();
        vi.spyOn(console, 'warn').mockImplementation(() => {});
        const meeting = getMeeting(secretariat(), 'vancouver-2018');
        const documentId = db().select({ id: outcomeDocuments.id }).from(outcomeDocuments).get()!.id;
        const context: Context = { meeting, owner: entry.owner ?? 'jp', documentId };
        const prepared = entry.prepare?.(context);
        if (role === 'otherSecretariat') await otherMeetingSecretariat(OTHER_MEETING_SECRETARIAT);
        const viewer = viewerFor(demoAccount(role, entry.owner ?? 'jp', entry.other ?? 'kr'));
        const [before, auditBefore] = [snapshot(), lastAuditId()];
        let error: unknown;
        try {
          await entry.run(viewer, context, prepared);
        } catch (thrown) {
          error = thrown;
        }
        const logged = auditSince(auditBefore);
        if (allowed) {
          const rule = entry.ruleFor?.[role];
          if (rule) {
            expect(error).toBeInstanceOf(RuleViolation);
            expect((error as RuleViolation).code).toBe(rule);
          } else {
            expect(error).toBeUndefined();
          }
          expect(logged.filter((e) => e.outcome === 'denied')).toEqual([]);
        } else if (error instanceof Withheld) {
          expect(snapshot()).toBe(before);
        } else {
          expect(error).toBeInstanceOf(AccessDenied);
          expect((error as AccessDenied).status).toBe(refusalFor(rule.refusal, role));
          // Refused means refused: logged as denied, and nothing else written.
          expect(logged).toEqual([expect.objectContaining({ actor: viewer.userId, outcome: 'denied' })]);
          expect(snapshot()).toBe(before);
        }
      });
    }
  });
}

describe('authorization matrix: db/mutations', () => {
  it('lists every exported function of every mutation module in the table, and has a case for each gated one', () => {
    const files = readdirSync(path.join(import.meta.dirname, 'mutations'))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => f.replace(/\.ts$/, ''));
    expect(Object.keys(MODULES).sort()).toEqual(files.sort());
    const exported = Object.entries(MODULES).flatMap(([module, exports]) =>
      Object.entries(exports)
        .filter(([, value]) => typeof value === 'function')
        .map(([name]) => `${module}.${name}`),
    );
    expect(Object.keys(MUTATIONS).sort()).toEqual(exported.sort());
    const gatedCases = Object.entries(MUTATIONS).flatMap(([name, entry]) =>
      isPublic(entry) ? [] : isGated(entry) ? [name] : Object.keys(entry).map((variant) => `${name} ${variant}`),
    );
    expect(Object.keys(CASES).sort()).toEqual(gatedCases.sort());
  });

  for (const [name, entry] of Object.entries(MUTATIONS)) {
    if (isPublic(entry)) continue;
    const variants: [string, Gated][] = isGated(entry) ? [[name, entry]] : Object.entries(entry).map(([v, g]) => [`${name} ${v}`, g]);
    for (const [caseName, rule] of variants) matrix(`${caseName} (${rule.rule})`, rule, CASES[caseName]);
  }
});

describe('authorization matrix: reads that gate pages', () => {
  it('has a case for every read in the table', () => {
    expect(Object.keys(READ_CASES).sort()).toEqual(Object.keys(READS).sort());
  });

  for (const [name, rule] of Object.entries(READS)) matrix(`${name} (${rule.rule})`, rule, READ_CASES[name]);
});
