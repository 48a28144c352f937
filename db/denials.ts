import 'server-only';
import { cache } from 'react';
import { getDb, whenTransactionEnds } from './client';
import { writeAudit, type AuditFacts } from './mutations/audit';
import type { Viewer } from './viewer';

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
