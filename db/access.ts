import 'server-only';
import { getDb } from './client';
import type { USER_ROLE_VALUES } from './schema';
import { recordDenial, type AuditFacts } from './mutations/audit';

/**
 * Who is asking. Every query and mutation takes one and decides from it alone, following
 * DESIGN.md's table; pages, layouts and the proxy never decide access themselves.
 */
export type Viewer = {
  userId: number;
  name: string;
  email: string;
  role: (typeof USER_ROLE_VALUES)[number];
  /** Null for the host secretariat. */
  delegation: { id: number; code: string; protocolName: string; meetingId: number } | null;
};

/**
 * A refused request. `status` is 404 where the record's existence is itself confidential,
 * 403 otherwise. Logged before it reaches the caller: at once, or, when thrown inside a
 * write transaction, just after the rollback (which would otherwise erase the log entry).
 */
export class AccessDenied extends Error {
  /** Set while the refusal still has to be logged; writeTransaction calls it after rolling back. */
  afterRollback?: () => void;

  constructor(readonly status: 403 | 404) {
    super(status === 404 ? 'Not found' : 'Forbidden');
    this.name = 'AccessDenied';
  }
}

export const isSecretariat = (viewer: Viewer) => viewer.role === 'secretariat';

/** Whether the viewer takes part in the meeting: the secretariat serves every meeting. */
export function belongsToMeeting(viewer: Viewer, meetingId: number): boolean {
  return isSecretariat(viewer) || viewer.delegation?.meetingId === meetingId;
}

/** E-mail, accreditation and travel of a delegation's members: the secretariat, or its own people. */
export function mayReadRosterContacts(viewer: Viewer, delegationId: number): boolean {
  return isSecretariat(viewer) || viewer.delegation?.id === delegationId;
}

/** Adding, editing and removing a delegation's members: the secretariat, or its own people. */
export function mayEditRoster(viewer: Viewer, delegationId: number): boolean {
  return isSecretariat(viewer) || viewer.delegation?.id === delegationId;
}

/**
 * Lets only the secretariat through; anyone else is refused with 403 (logged), naming
 * what was attempted.
 */
export function requireSecretariat(
  viewer: Viewer,
  attempt: Pick<AuditFacts, 'action' | 'recordType' | 'recordId' | 'meetingId'>,
  status: 403 | 404 = 403,
): void {
  if (!isSecretariat(viewer)) deny(viewer, status, attempt);
}

/**
 * Logs the refusal (console and audit log) and throws AccessDenied. Call it at the point
 * the data layer decides "no", naming what was asked for.
 */
export function deny(
  viewer: Viewer | null,
  status: 403 | 404,
  attempt: Pick<AuditFacts, 'action' | 'recordType' | 'recordId' | 'meetingId'>,
): never {
  const error = new AccessDenied(status);
  const record = () => recordDenial(viewer, attempt);
  if (getDb().$client.inTransaction) error.afterRollback = record;
  else record();
  throw error;
}
