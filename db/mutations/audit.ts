import 'server-only';
import { cache } from 'react';
import { getDb, whenTransactionEnds, type Db } from '../client';
import { auditEntries } from '../schema';
import type { AuditAction } from '@/lib/audit-actions';
import type { Viewer } from '../access';

export type AuditFacts = {
  action: AuditAction;
  recordType: string;
  recordId?: string | number | null;
  meetingId?: number | null;
  before?: unknown;
  after?: unknown;
  outcome?: 'done' | 'denied';
};

/**
 * Appends an audit entry. Call it inside the mutation's own transaction, with that
 * transaction's connection, so the change and its record stand or fall together.
 */
export function writeAudit(db: Db, actor: Viewer | null, facts: AuditFacts): void {
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

/**
 * The refusals already recorded while drawing this page. A page and its <title> often read
 * the same record, and one refused request should be one entry in the log, not one per
 * read. React keeps this per request during a render only; elsewhere (route handlers,
 * server actions, tests) every call gets a new set, so every refusal is recorded.
 */
const refusalsThisRender = cache(() => new Set<string>());

/**
 * Logs a refused request to the console and as an audit entry with outcome "denied", once
 * per page render. Inside a write transaction the entry is written once it has rolled
 * back, so that it stays.
 */
export function recordDenial(actor: Viewer | null, attempt: Omit<AuditFacts, 'outcome'>): void {
  const refusal = JSON.stringify([actor?.userId ?? null, attempt.action, attempt.recordType, attempt.recordId ?? null]);
  const recorded = refusalsThisRender();
  if (recorded.has(refusal)) return;
  recorded.add(refusal);
  console.warn(
    JSON.stringify({
      event: 'access_denied',
      user: actor?.userId ?? null,
      action: attempt.action,
      record: `${attempt.recordType}:${attempt.recordId ?? ''}`,
    }),
  );
  whenTransactionEnds(() => writeAudit(getDb(), actor, { ...attempt, outcome: 'denied' }));
}
