import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '../client';
import { requireSecretariat } from '../access';
import type { Viewer } from '../viewer';
import { mailOutbox, mailPreferences, users } from '../schema';
import { NOTIFICATION_KIND_VALUES } from '@/lib/domain/values';
import type { MailChoices } from '../mutations/notifications';
import type { MeetingSummary } from './meetings';

export type OutboxRow = {
  id: number;
  kind: (typeof mailOutbox.$inferSelect)['kind'];
  toAddress: string;
  subject: string;
  status: (typeof mailOutbox.$inferSelect)['status'];
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  nextAttemptAt: Date;
};

/** How many of the newest mails the secretariat's outbox shows. */
export const OUTBOX_PAGE_SIZE = 100;

/**
 * The meeting's mail, newest first: sent, waiting (with the server's last answer when an
 * attempt failed), held for a digest, failed. Never the bodies, which may carry one-time
 * links. Secretariat only (404, logged, otherwise).
 */
export function listOutbox(viewer: Viewer, meeting: MeetingSummary): OutboxRow[] {
  requireSecretariat(viewer, { action: 'read_outbox', recordType: 'meeting', recordId: meeting.slug, meetingId: meeting.id }, 404);
  return getDb()
    .select({
      id: mailOutbox.id,
      kind: mailOutbox.kind,
      toAddress: mailOutbox.toAddress,
      subject: mailOutbox.subject,
      status: mailOutbox.status,
      attempts: mailOutbox.attempts,
      lastError: mailOutbox.lastError,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
      nextAttemptAt: mailOutbox.nextAttemptAt,
    })
    .from(mailOutbox)
    .where(eq(mailOutbox.meetingId, meeting.id))
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(OUTBOX_PAGE_SIZE)
    .all();
}

/**
 * How the viewer's own notifications reach them, kind by kind (at once when never chosen),
 * and the zone they read mailed times in (null: the meeting's and UTC).
 */
export function getMailPreferences(viewer: Viewer): { choices: MailChoices; timeZone: string | null } {
  const db = getDb();
  const chosen = new Map(
    db.select({ kind: mailPreferences.kind, delivery: mailPreferences.delivery }).from(mailPreferences).where(eq(mailPreferences.userId, viewer.userId)).all().map((p) => [p.kind, p.delivery]),
  );
  const account = db.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, viewer.userId)).get();
  return {
    choices: Object.fromEntries(NOTIFICATION_KIND_VALUES.map((kind) => [kind, chosen.get(kind) ?? 'immediate'])) as MailChoices,
    timeZone: account?.timeZone ?? null,
  };
}
