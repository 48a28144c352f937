// use-intl's core, not next-intl: mail is written outside any request (the mailer, the
// command line), where next-intl's React half cannot load.
import { createTranslator } from 'use-intl/core';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import type { Locale } from '@/i18n/locales';
import { formatDateTime, zoneLabel } from '@/lib/domain/format-time';
import { typesetCatalogue } from '@/lib/domain/typography';

/** Typeset once, as the pages' catalogues are: a French mail spaces its marks as a French page does. */
const CATALOGUES = { en, fr: typesetCatalogue(fr, 'fr') } as const;

/** What each kind of mail needs to be written; every mail links to the page it is about. */
export type MailContent =
  | { kind: 'invitation'; name: string; meetingTitle: string; link: string; expiresAt: Date; timeZone: string }
  | { kind: 'password_reset'; name: string; link: string; expiresAt: Date; timeZone: string }
  | { kind: 'silence_started'; documentTitle: string; meetingTitle: string; link: string; deadline: Date; timeZone: string }
  | { kind: 'silence_ended'; documentTitle: string; meetingTitle: string; link: string; outcome: 'broken' | 'adopted'; by: string | null }
  | { kind: 'amendment_decided'; documentTitle: string; number: number; link: string; decision: 'accepted' | 'rejected' }
  | { kind: 'statement_circulated'; statementTitle: string; delegation: string; meetingTitle: string; link: string };

export type ComposedMail = { subject: string; text: string; html: string };

type Translate = (key: string, values?: Record<string, string | number>) => string;

function translator(locale: Locale): Translate {
  return createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'mail' }) as unknown as Translate;
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A time in the meeting's zone with the zone named, and the same instant in the reader's
 * zone when they gave one on their account page, else in UTC, so a reader anywhere can place it.
 */
function namedTime(instant: Date, timeZone: string, locale: Locale, readerTimeZone: string | null): string {
  const inZone = (zone: string) => `${formatDateTime(instant, zone, locale)} (${zoneLabel(zone, locale, instant)})`;
  const second = readerTimeZone ?? 'UTC';
  return second === timeZone ? inZone(timeZone) : `${inZone(timeZone)} · ${inZone(second)}`;
}

/** The paragraphs and the link of a mail, before they become plain text and HTML. */
function parts(content: MailContent, t: Translate, locale: Locale, readerTimeZone: string | null): { subject: string; paragraphs: string[]; action: string } {
  switch (content.kind) {
    case 'invitation': {
      const values = { name: content.name, meeting: content.meetingTitle, expires: namedTime(content.expiresAt, content.timeZone, locale, readerTimeZone) };
      return { subject: t('invitation.subject', values), paragraphs: [t('invitation.greeting', values), t('invitation.body', values), t('invitation.expiry', values)], action: t('invitation.action') };
    }
    case 'password_reset': {
      const values = { name: content.name, expires: namedTime(content.expiresAt, content.timeZone, locale, readerTimeZone) };
      return { subject: t('passwordReset.subject'), paragraphs: [t('passwordReset.greeting', values), t('passwordReset.body'), t('passwordReset.expiry', values), t('passwordReset.notYou')], action: t('passwordReset.action') };
    }
    case 'silence_started': {
      const values = { document: content.documentTitle, meeting: content.meetingTitle, deadline: namedTime(content.deadline, content.timeZone, locale, readerTimeZone) };
      return { subject: t('silenceStarted.subject', values), paragraphs: [t('silenceStarted.body', values), t('silenceStarted.deadline', values)], action: t('openDocument') };
    }
    case 'silence_ended': {
      const values = { document: content.documentTitle, meeting: content.meetingTitle, by: content.by ?? '' };
      const key = content.outcome === 'adopted' ? 'silenceAdopted' : 'silenceBroken';
      return { subject: t(`${key}.subject`, values), paragraphs: [t(`${key}.body`, values)], action: t('openDocument') };
    }
    case 'amendment_decided': {
      const values = { number: content.number, document: content.documentTitle, decision: content.decision };
      return { subject: t('amendmentDecided.subject', values), paragraphs: [t('amendmentDecided.body', values)], action: t('openDocument') };
    }
    case 'statement_circulated': {
      const values = { title: content.statementTitle, delegation: content.delegation, meeting: content.meetingTitle };
      return { subject: t('statementCirculated.subject', values), paragraphs: [t('statementCirculated.body', values)], action: t('statementCirculated.action') };
    }
  }
}

function assemble(subject: string, paragraphs: string[], links: { label: string; href: string }[], signature: string): ComposedMail {
  const text = [...paragraphs, ...links.map((l) => `${l.label}: ${l.href}`), signature].join('\n\n') + '\n';
  const html = [
    '<!doctype html><html><body style="font-family: Georgia, serif; line-height: 1.5; max-width: 40em">',
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...links.map((l) => `<p><a href="${escapeHtml(l.href)}">${escapeHtml(l.label)}</a></p>`),
    `<p style="color: #555">${escapeHtml(signature)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

/** One mail in the recipient's language, as plain text and as HTML with the same words. */
export function composeMail(content: MailContent, locale: Locale, readerTimeZone: string | null = null): ComposedMail {
  const t = translator(locale);
  const { subject, paragraphs, action } = parts(content, t, locale, readerTimeZone);
  return assemble(subject, paragraphs, [{ label: action, href: content.link }], t('signature'));
}

/** Several held notifications as one mail: each one's subject and link. */
export function composeDigest(items: { subject: string; link: string }[], locale: Locale): ComposedMail {
  const t = translator(locale);
  return assemble(
    t('digest.subject', { count: items.length }),
    [t('digest.body', { count: items.length })],
    items.map((item) => ({ label: item.subject, href: item.link })),
    t('signature'),
  );
}
