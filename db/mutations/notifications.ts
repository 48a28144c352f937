import 'server-only';
import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Locale } from '@/i18n/locales';
import type { MailContent } from '@/lib/domain/mail/compose';
import { delegationName } from '@/lib/domain/countries';
import { siteLink } from '@/lib/platform/mail/site-link';
import { isTimeZone } from '@/lib/domain/time-zones';
import { mayReadDocument } from '../access';
import type { AccessHolder, Viewer } from '../viewer';
import { writeTransaction, type Db } from '../client';
import { RuleViolation } from '../errors';
import { delegations, documentRecipients, mailPreferences, meetings, meetingSecretariat, outcomeDocuments, users } from '../schema';
import { type MAIL_DELIVERY_VALUES, type NOTIFICATION_KIND_VALUES } from '@/lib/domain/values';
import { writeAudit } from './audit';
import { enqueueMail } from './outbox';

// Who hears of a change by mail. Each helper runs inside the transaction of the change it
// reports (the mail commits or rolls back with it) and asks the same rules the pages ask,
// so a mail never tells an account what its pages would not show.

type Recipient = { userId: number; email: string };

/** The enabled accounts that serve the meeting, as viewers of it, each with the delegation it belongs to. */
function meetingAccounts(db: Db, meetingId: number, delegationIds?: readonly number[]) {
  return db
    .select({ userId: users.id, email: users.email, role: users.role, delegationId: users.delegationId, hostStaffOf: meetingSecretariat.meetingId })
    .from(users)
    .leftJoin(delegations, eq(delegations.id, users.delegationId))
    .leftJoin(meetingSecretariat, and(eq(meetingSecretariat.userId, users.id), eq(meetingSecretariat.meetingId, meetingId)))
    .where(
      and(
        isNull(users.disabledAt),
        delegationIds
          ? inArray(users.delegationId, [...delegationIds])
          : or(eq(delegations.meetingId, meetingId), eq(meetingSecretariat.meetingId, meetingId)),
      ),
    )
    .all();
}

const others = (accounts: Recipient[], actor: Viewer | null) => accounts.filter((a) => a.userId !== actor?.userId);

/**
 * Mails every account that may read the document (mayReadDocument: its meeting, and for a
 * restricted one only the secretariat and the delegations it names), except whoever acted.
 */
export function notifyDocumentReaders(db: Db, actor: Viewer | null, documentId: number, content: (facts: { documentTitle: string; meetingTitle: string; timeZone: string; link: string }, locale: Locale) => MailContent): void {
  const document = db
    .select({ id: outcomeDocuments.id, title: outcomeDocuments.title, meetingId: outcomeDocuments.meetingId, distribution: outcomeDocuments.distribution, slug: meetings.slug, meetingTitle: meetings.title, timeZone: meetings.timeZone })
    .from(outcomeDocuments)
    .innerJoin(meetings, eq(meetings.id, outcomeDocuments.meetingId))
    .where(eq(outcomeDocuments.id, documentId))
    .get();
  if (!document) return;
  const recipients = db.select({ id: documentRecipients.delegationId }).from(documentRecipients).where(eq(documentRecipients.documentId, documentId)).all().map((r) => r.id);
  const readers = meetingAccounts(db, document.meetingId).filter((account) => {
    const reader: AccessHolder = {
      role: account.role,
      delegation: account.delegationId === null ? null : { id: account.delegationId, meetingId: document.meetingId },
      secretariatOf: account.hostStaffOf === null ? [] : [account.hostStaffOf],
      translatorOf: account.hostStaffOf === null ? [] : [account.hostStaffOf],
    };
    return mayReadDocument(reader, document, recipients);
  });
  const facts = { documentTitle: document.title, meetingTitle: document.meetingTitle, timeZone: document.timeZone, link: siteLink(`/meetings/${document.slug}/documents/${document.id}`) };
  enqueueMail(db, document.meetingId, others(readers, actor), (locale) => content(facts, locale));
}

/** Mails the accounts of the delegation that proposed an amendment that it was decided. */
export function notifyAmendmentDecided(db: Db, actor: Viewer, amendment: { id: number; delegationId: number }, documentId: number, decision: 'accepted' | 'rejected'): void {
  const document = db
    .select({ title: outcomeDocuments.title, meetingId: outcomeDocuments.meetingId, slug: meetings.slug })
    .from(outcomeDocuments)
    .innerJoin(meetings, eq(meetings.id, outcomeDocuments.meetingId))
    .where(eq(outcomeDocuments.id, documentId))
    .get();
  if (!document) return;
  const link = siteLink(`/meetings/${document.slug}/documents/${documentId}#amendment-${amendment.id}`);
  enqueueMail(db, document.meetingId, others(meetingAccounts(db, document.meetingId, [amendment.delegationId]), actor), () => ({
    kind: 'amendment_decided',
    documentTitle: document.title,
    number: amendment.id,
    link,
    decision,
  }));
}

/** Mails every account of the meeting that a delegation circulated a statement, except whoever circulated it. */
export function notifyStatementCirculated(db: Db, actor: Viewer, statement: { id: number; title: string; meetingId: number; delegationId: number }): void {
  const meeting = db.select({ slug: meetings.slug, title: meetings.title }).from(meetings).where(eq(meetings.id, statement.meetingId)).get();
  const delegation = db.select({ code: delegations.countryCode, name: delegations.protocolName }).from(delegations).where(eq(delegations.id, statement.delegationId)).get();
  if (!meeting || !delegation) return;
  const link = siteLink(`/meetings/${meeting.slug}/positions/${statement.id}`);
  enqueueMail(db, statement.meetingId, others(meetingAccounts(db, statement.meetingId), actor), (locale) => ({
    kind: 'statement_circulated',
    statementTitle: statement.title,
    delegation: delegationName(delegation.code, delegation.name, locale),
    meetingTitle: meeting.title,
    link,
  }));
}

export type MailChoices = Record<(typeof NOTIFICATION_KIND_VALUES)[number], (typeof MAIL_DELIVERY_VALUES)[number]>;

/**
 * The viewer chooses, for each kind of notification, at once, in a daily digest, or never,
 * and the zone they read mailed times in (null: none given). Their own account only.
 */
export function setMailPreferences(viewer: Viewer, choices: MailChoices, timeZone: string | null): void {
  if (timeZone !== null && !isTimeZone(timeZone)) throw new RuleViolation('unknownTimeZone', 'timeZone');
  writeTransaction((db) => {
    db.update(users).set({ timeZone }).where(eq(users.id, viewer.userId)).run();
    for (const [kind, delivery] of Object.entries(choices) as [keyof MailChoices, MailChoices[keyof MailChoices]][]) {
      db.insert(mailPreferences)
        .values({ userId: viewer.userId, kind, delivery })
        .onConflictDoUpdate({ target: [mailPreferences.userId, mailPreferences.kind], set: { delivery } })
        .run();
    }
    writeAudit(db, viewer, { action: 'set_mail_preferences', recordType: 'user', recordId: viewer.userId, after: { ...choices, timeZone } });
  });
}

/** Remembers the interface language the viewer chose, so their mail is written in it. Their own account only. */
export function rememberLanguage(viewer: Viewer, locale: Locale): void {
  writeTransaction((db) => {
    const before = db.select({ locale: users.locale }).from(users).where(eq(users.id, viewer.userId)).get();
    if (before?.locale === locale) return;
    db.update(users).set({ locale }).where(eq(users.id, viewer.userId)).run();
    writeAudit(db, viewer, { action: 'choose_language', recordType: 'user', recordId: viewer.userId, before, after: { locale } });
  });
}
