import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import type { Locale } from '@/i18n/locales';
import { composeDigest, composeMail, type MailContent } from '@/lib/domain/mail/compose';
import { mailSettings } from '@/lib/platform/mail/settings';
import { MAX_MAIL_ATTEMPTS, nextDigestAt, retryDelayMs } from '@/lib/domain/mail/schedule';
import { whenTransactionEnds, type Db } from '../client';
import { mailOutbox, mailPreferences, meetings, users } from '../schema';
import { type NOTIFICATION_KIND_VALUES } from '@/lib/domain/values';
import { wakeMailer } from '@/lib/platform/mail/wake';
import { groupBy } from '@/lib/domain/group-by';

type NotificationKind = (typeof NOTIFICATION_KIND_VALUES)[number];

const isNotification = (kind: MailContent['kind']): kind is NotificationKind => kind !== 'invitation' && kind !== 'password_reset';

/**
 * Writes mails to the outbox inside the caller's transaction, one per recipient, each in
 * the recipient's language; the mailer sends them once the transaction has committed (a
 * rollback takes them with it). A notification goes as its recipient chose: at once, in
 * the next digest, or not at all; invitations and password resets always go. Does nothing
 * when no SMTP server is configured: the app then works without mail.
 */
export function enqueueMail(
  db: Db,
  meetingId: number | null,
  recipients: readonly { userId: number; email: string }[],
  content: (locale: Locale) => MailContent,
): void {
  if (!mailSettings() || recipients.length === 0) return;
  const now = new Date();
  const kind = content('en').kind;
  const preferences = isNotification(kind)
    ? new Map(
        db
          .select({ userId: mailPreferences.userId, delivery: mailPreferences.delivery })
          .from(mailPreferences)
          .where(and(eq(mailPreferences.kind, kind), inArray(mailPreferences.userId, recipients.map((r) => r.userId))))
          .all()
          .map((p) => [p.userId, p.delivery]),
      )
    : new Map();
  const meeting = meetingId === null ? undefined : db.select({ timeZone: meetings.timeZone, languages: meetings.workingLanguages }).from(meetings).where(eq(meetings.id, meetingId)).get();
  // How each recipient reads: the language they last chose (else the meeting's first working language) and the zone they gave.
  const readers = new Map(
    db
      .select({ id: users.id, locale: users.locale, timeZone: users.timeZone })
      .from(users)
      .where(inArray(users.id, recipients.map((r) => r.userId)))
      .all()
      .map((u) => [u.id, u]),
  );
  for (const recipient of recipients) {
    const delivery = preferences.get(recipient.userId) ?? 'immediate';
    if (delivery === 'never') continue;
    const reader = readers.get(recipient.userId);
    const locale = reader?.locale ?? meeting?.languages[0] ?? 'en';
    const timeZone = reader?.timeZone ?? null;
    const mail = content(locale);
    db.insert(mailOutbox)
      .values({
        kind,
        meetingId,
        userId: recipient.userId,
        toAddress: recipient.email,
        locale,
        ...composeMail(mail, locale, timeZone),
        link: mail.link,
        messageId: newMessageId(),
        status: delivery === 'digest' ? 'held' : 'waiting',
        nextAttemptAt: delivery === 'digest' ? nextDigestAt(now, meeting?.timeZone ?? 'UTC') : now,
      })
      .run();
  }
  whenTransactionEnds(wakeMailer);
}

function newMessageId(): string {
  const host = mailSettings()?.from.split('@')[1]?.replace(/[>\s]/g, '') || 'vancouver-group.invalid';
  return `<${randomUUID()}@${host}>`;
}

export type DueMail = { id: number; toAddress: string; subject: string; text: string; html: string; messageId: string; attempts: number };

/** Mails due now, oldest first. */
export function dueMails(db: Db, now: Date, limit = 20): DueMail[] {
  return db
    .select({
      id: mailOutbox.id,
      toAddress: mailOutbox.toAddress,
      subject: mailOutbox.subject,
      text: mailOutbox.text,
      html: mailOutbox.html,
      messageId: mailOutbox.messageId,
      attempts: mailOutbox.attempts,
    })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.status, 'waiting'), lte(mailOutbox.nextAttemptAt, now)))
    .orderBy(asc(mailOutbox.nextAttemptAt), asc(mailOutbox.id))
    .limit(limit)
    .all();
}

/**
 * The server took the mail. A mail that carries a one-time link loses its body now: the
 * link must not outlive its delivery in a table every backup copies.
 */
export function recordMailSent(db: Db, id: number, now: Date): void {
  const row = db.select({ kind: mailOutbox.kind }).from(mailOutbox).where(eq(mailOutbox.id, id)).get();
  const secret = row?.kind === 'invitation' || row?.kind === 'password_reset';
  db.update(mailOutbox)
    .set({ status: 'sent', sentAt: now, lastError: null, ...(secret ? { text: '', html: '', link: '' } : {}) })
    .where(eq(mailOutbox.id, id))
    .run();
}

/**
 * The server refused the mail or could not be reached: try again after a growing wait,
 * or mark it failed when the refusal is final or the attempts are spent. `answer` is what
 * the server said, for the secretariat's outbox.
 */
export function recordMailFailure(db: Db, mail: Pick<DueMail, 'id' | 'attempts'>, answer: string, permanent: boolean, now: Date, retryBaseMs: number): void {
  const attempts = mail.attempts + 1;
  const failed = permanent || attempts >= MAX_MAIL_ATTEMPTS;
  db.update(mailOutbox)
    .set({
      attempts,
      lastError: answer.slice(0, 1000),
      status: failed ? 'failed' : 'waiting',
      nextAttemptAt: new Date(now.getTime() + (failed ? 0 : retryDelayMs(attempts, retryBaseMs))),
    })
    .where(eq(mailOutbox.id, mail.id))
    .run();
}

/**
 * Gathers each account's held notifications that are due into one digest mail, in one
 * transaction, so none is sent twice or dropped. Returns how many digests were written.
 */
export function gatherDigests(db: Db, now: Date): number {
  return db.$client.transaction(() => {
    const held = db
      .select({ id: mailOutbox.id, userId: mailOutbox.userId, meetingId: mailOutbox.meetingId, toAddress: mailOutbox.toAddress, locale: mailOutbox.locale, subject: mailOutbox.subject, link: mailOutbox.link })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.status, 'held'), lte(mailOutbox.nextAttemptAt, now)))
      .orderBy(asc(mailOutbox.createdAt), asc(mailOutbox.id))
      .all();
    const byAddress = groupBy(held, (mail) => mail.toAddress);
    for (const [toAddress, items] of byAddress) {
      const locale = items[0].locale;
      const digest = db
        .insert(mailOutbox)
        .values({
          kind: 'digest',
          // The secretariat of the meeting sees the digest in its outbox when all it carries is of one meeting.
          meetingId: items.every((i) => i.meetingId === items[0].meetingId) ? items[0].meetingId : null,
          userId: items[0].userId,
          toAddress,
          locale,
          ...composeDigest(items, locale),
          link: '',
          messageId: newMessageId(),
          // Due at once: `now` is the digest hour that gathered it.
          nextAttemptAt: new Date(),
        })
        .returning({ id: mailOutbox.id })
        .get();
      db.update(mailOutbox)
        .set({ status: 'digested', digestId: digest.id, sentAt: now })
        .where(inArray(mailOutbox.id, items.map((i) => i.id)))
        .run();
    }
    if (byAddress.size > 0) whenTransactionEnds(wakeMailer);
    return byAddress.size;
  }).immediate();
}
