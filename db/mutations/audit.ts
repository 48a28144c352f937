import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { RuleViolation } from '../errors';
import { auditEntries, meetings } from '../schema';
import type { AuditAction } from '@/lib/domain/audit-actions';
import type { Viewer } from '../viewer';

export type AuditFacts = {
  action: AuditAction;
  recordType: string;
  recordId?: string | number | null;
  meetingId?: number | null;
  before?: unknown;
  after?: unknown;
  outcome?: 'done' | 'denied';
};

/** The one change a concluded meeting accepts: being reopened. */
const ALLOWED_WHEN_CONCLUDED = new Set(['set_meeting_status']);

/**
 * Appends an audit entry. Call it inside the mutation's own transaction, with that
 * transaction's connection, so the change and its record stand or fall together.
 *
 * A concluded meeting is read-only for everyone: every change a person makes to it passes
 * here with its meeting, so here it is refused (RuleViolation('meetingConcluded'), which
 * rolls the transaction back), whichever mutation made it. Refusals, the clock's own steps
 * (no actor) and reopening the meeting go through.
 */
export function writeAudit(db: Db, actor: Viewer | null, facts: AuditFacts): void {
  if (actor && facts.meetingId != null && facts.outcome !== 'denied' && !ALLOWED_WHEN_CONCLUDED.has(facts.action)) {
    const meeting = db.select({ status: meetings.status }).from(meetings).where(eq(meetings.id, facts.meetingId)).get();
    if (meeting?.status === 'concluded') throw new RuleViolation('meetingConcluded');
  }
  db.insert(auditEntries)
    .values({
      at: new Date(),
      actorUserId: actor?.userId ?? null,
      actorDelegationId: actor?.delegation?.id ?? null,
      meetingId: facts.meetingId ?? actor?.delegation?.meetingId ?? null,
      action: facts.action,
      recordType: facts.recordType,
      recordId: facts.recordId == null ? null : String(facts.recordId),
      outcome: facts.outcome ?? 'done',
      before: facts.before ?? null,
      after: facts.after ?? null,
    })
    .run();
}
