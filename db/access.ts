import 'server-only';
import { VISIBILITY_VALUES, type DISTRIBUTION_VALUES } from '@/lib/domain/values';
import { recordDenial } from './denials';
import type { AuditFacts } from './mutations/audit';
import type { AccessHolder, Viewer } from './viewer';

/**
 * A refused request. `status` is 404 where the record's existence is itself confidential,
 * 403 otherwise. Logged by `deny` (after the rollback when inside a write transaction).
 */
export class AccessDenied extends Error {
  constructor(
    readonly status: 403 | 404,
    /** A code from the `validation` catalogue saying why, where a 403 has a reason worth telling. */
    readonly reason?: string,
  ) {
    super(status === 404 ? 'Not found' : 'Forbidden');
    this.name = 'AccessDenied';
  }
}

/**
 * Whether the viewer is the secretariat of this meeting. A secretariat account serves only
 * the meetings it created or was added to: for any other it is a stranger, like a delegation
 * of another meeting.
 */
export const isSecretariat = (viewer: AccessHolder, meetingId: number) =>
  viewer.role === 'secretariat' && viewer.secretariatOf.includes(meetingId);

/** Whether the viewer translates this meeting's documents (DESIGN.md's narrower translator role). */
export const isTranslator = (viewer: AccessHolder, meetingId: number) =>
  viewer.role === 'translator' && viewer.translatorOf.includes(meetingId);

/**
 * Whether the viewer keeps the meeting's door: it checks badges in there and reads nothing
 * else of the meeting. It is not a participant (belongsToMeeting below), so every other page,
 * export and stream of the meeting is a 404 for it.
 */
export const isDoor = (viewer: Viewer, meetingId: number) => viewer.role === 'door' && viewer.doorOf.includes(meetingId);

/** The check-in desk: the meeting's door staff and its secretariat, who may stand in for them. */
export const mayCheckIn = (viewer: Viewer, meetingId: number) => isDoor(viewer, meetingId) || isSecretariat(viewer, meetingId);

/** A roster member's badge photo: the member's own delegation and the meeting's secretariat (and the door, once scanned). */
export function mayReadMemberPhoto(viewer: Viewer, delegation: DelegationFacts): boolean {
  return isSecretariat(viewer, delegation.meetingId) || viewer.delegation?.id === delegation.id;
}

/**
 * Whether the viewer takes part in the meeting: its secretariat, one of its delegations, or
 * its translators, who read what every participant reads and change nothing but translations.
 */
export function belongsToMeeting(viewer: AccessHolder, meetingId: number): boolean {
  return isSecretariat(viewer, meetingId) || isTranslator(viewer, meetingId) || viewer.delegation?.meetingId === meetingId;
}

/** The second-language version of a document's paragraphs: the meeting's secretariat and translators. */
export const mayTranslate = (viewer: AccessHolder, meetingId: number) => isSecretariat(viewer, meetingId) || isTranslator(viewer, meetingId);

type DelegationFacts = { id: number; meetingId: number };

type DocumentFacts = { meetingId: number; distribution: (typeof DISTRIBUTION_VALUES)[number] };

/**
 * The one rule of who reads an outcome document (its page, exports, history, event stream,
 * and every action on it): nobody outside its meeting; general and limited distribution reach
 * every participant; restricted only the meeting's host staff and the delegations named in
 * `recipients` (their ids). For anyone else a restricted document does not exist (404).
 */
export function mayReadDocument(viewer: AccessHolder, document: DocumentFacts, recipients: readonly number[]): boolean {
  // Host staff: a restricted text is translated like any other.
  if (mayTranslate(viewer, document.meetingId)) return true;
  const delegation = viewer.delegation;
  if (delegation?.meetingId !== document.meetingId) return false;
  return document.distribution !== 'restricted' || recipients.includes(delegation.id);
}

/** E-mail, accreditation and travel of a delegation's members: the meeting's secretariat, or its own people. */
export function mayReadRosterContacts(viewer: Viewer, delegation: DelegationFacts): boolean {
  return isSecretariat(viewer, delegation.meetingId) || viewer.delegation?.id === delegation.id;
}

/**
 * The audit log: the secretariat reads every entry of the meeting, a head of delegation
 * those of their own delegation's people, staff none.
 */
export function mayReadAuditLog(viewer: Viewer, meetingId: number): boolean {
  return isSecretariat(viewer, meetingId) || (viewer.role === 'head' && viewer.delegation?.meetingId === meetingId);
}

/** Writing position statements is for delegations; the secretariat reads what it is given. */
export function mayWritePositions(viewer: Viewer): boolean {
  return viewer.delegation !== null && (viewer.role === 'head' || viewer.role === 'staff');
}

type Visibility = (typeof VISIBILITY_VALUES)[number];
type StatementFacts = { delegationId: number; visibility: Visibility };

const ownStatement = (viewer: Viewer, statement: StatementFacts) =>
  mayWritePositions(viewer) && viewer.delegation?.id === statement.delegationId;

/**
 * Saving a new version: the delegation's staff and head while it is a draft or shared with
 * the secretariat. Once circulated, a new version supersedes what every delegation read,
 * so like circulation itself it needs the head.
 */
export function mayRevisePosition(viewer: Viewer, statement: StatementFacts): boolean {
  return ownStatement(viewer, statement) && (statement.visibility !== 'circulated' || viewer.role === 'head');
}

/** Whether a statement at `visibility` has already reached `step` (steps only move forward). */
export function hasReached(visibility: Visibility, step: Visibility): boolean {
  return VISIBILITY_VALUES.indexOf(visibility) >= VISIBILITY_VALUES.indexOf(step);
}

/**
 * Who may move a statement forward to `step`, whether or not it is there already: sharing
 * with the secretariat is for the delegation's staff or head, circulating to every
 * delegation for the head only (staff prepare, the head circulates).
 */
export function mayAdvancePosition(viewer: Viewer, statement: StatementFacts, step: 'secretariat' | 'circulated'): boolean {
  return ownStatement(viewer, statement) && (step === 'secretariat' || viewer.role === 'head');
}

/**
 * Bilaterals (issue 24): a delegation's head and staff request and answer them for their own
 * delegation; the secretariat assigns rooms and slots and reads them all.
 */
export const mayActInBilaterals = (viewer: Viewer, meetingId: number) =>
  (viewer.role === 'head' || viewer.role === 'staff') && viewer.delegation?.meetingId === meetingId;

/**
 * Who learns of a bilateral at all: the secretariat and its parties. For anyone else it does
 * not exist (404): not who meets whom, nor its topic; only that its room is busy.
 */
export function mayReadBilateral(viewer: Viewer, meetingId: number, partyIds: readonly number[]): boolean {
  return isSecretariat(viewer, meetingId) || (mayActInBilaterals(viewer, meetingId) && partyIds.includes(viewer.delegation!.id));
}

/** Adding, editing and removing a delegation's members: the meeting's secretariat, or its own people. */
export function mayEditRoster(viewer: Viewer, delegation: DelegationFacts): boolean {
  return isSecretariat(viewer, delegation.meetingId) || viewer.delegation?.id === delegation.id;
}

type Attempt = Pick<AuditFacts, 'action' | 'recordType' | 'recordId' | 'meetingId'>;

/**
 * Lets only the secretariat of the attempt's meeting through; anyone else is refused with
 * `status` (logged), naming what was attempted.
 */
export function requireSecretariat(viewer: Viewer, attempt: Attempt & { meetingId: number }, status: 403 | 404 = 403): void {
  if (!isSecretariat(viewer, attempt.meetingId)) deny(viewer, status, attempt);
}

/**
 * Logs the refusal (console and audit log) and throws AccessDenied. Call it at the point
 * the data layer decides "no", naming what was asked for. For a viewer who does not take
 * part in the attempt's meeting (a delegation or a secretariat account of another meeting)
 * the refusal is always 404: nothing of that meeting exists for them, not even a 403.
 */
export function deny(
  viewer: Viewer | null,
  status: 403 | 404,
  attempt: Attempt,
  /** Why, as a `validation` code, for a 403 whose reason the viewer should read. */
  reason?: string,
): never {
  // Logged once any enclosing transaction has ended, so the rollback does not erase it.
  recordDenial(viewer, attempt);
  const stranger = viewer !== null && attempt.meetingId != null && !belongsToMeeting(viewer, attempt.meetingId);
  throw stranger || status === 404 ? new AccessDenied(404) : new AccessDenied(status, reason);
}
