import 'server-only';

type Listener = () => void;
const registry = globalThis as unknown as { vancouverMailWake?: Set<Listener> };
const listeners = (registry.vancouverMailWake ??= new Set());

/** Asks the mailer to look at the outbox now rather than at its next round. */
export function wakeMailer(): void {
  for (const listener of listeners) listener();
}

/** The mailer (db/mailer.ts) listens here; kept apart so the outbox need not import the mailer. */
export function onMailQueued(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
