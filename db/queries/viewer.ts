import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { preparedQuery } from '../prepared';
import { delegations, meetingSecretariat, users } from '../schema';
import type { Viewer } from '../viewer';
import { delegationName } from '@/lib/domain/countries';
import { DEFAULT_LOCALE, type Locale } from '@/i18n/locales';

const viewerRow = preparedQuery((db) =>
  db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      sessionVersion: users.sessionVersion,
      disabledAt: users.disabledAt,
      delegationId: delegations.id,
      code: delegations.countryCode,
      protocolName: delegations.protocolName,
      meetingId: delegations.meetingId,
    })
    .from(users)
    .leftJoin(delegations, eq(delegations.id, users.delegationId))
    .where(eq(users.id, sql.placeholder('userId')))
    .prepare(),
);

const secretariatMeetings = preparedQuery((db) =>
  db
    .select({ meetingId: meetingSecretariat.meetingId })
    .from(meetingSecretariat)
    .where(eq(meetingSecretariat.userId, sql.placeholder('userId')))
    .prepare(),
);

const servedMeetings = (userId: number) => secretariatMeetings().all({ userId }).map((m) => m.meetingId);

/**
 * The viewer behind a session, or null when the account is gone, disabled, or has ended
 * its sessions since this one began (its session version moved on). Called on every
 * request, so a revocation takes effect at once, and by open event streams every few seconds.
 */
export function findViewer(userId: number, sessionVersion: number, locale: Locale = DEFAULT_LOCALE): Viewer | null {
  const row = viewerRow().get({ userId });
  if (!row || row.disabledAt || row.sessionVersion !== sessionVersion) return null;
  return {
    userId: row.userId,
    name: row.name,
    email: row.email,
    role: row.role,
    sessionVersion: row.sessionVersion,
    locale,
    secretariatOf: row.role === 'secretariat' ? servedMeetings(userId) : [],
    translatorOf: row.role === 'translator' ? servedMeetings(userId) : [],
    doorOf: row.role === 'door' ? servedMeetings(userId) : [],
    delegation:
      row.delegationId === null
        ? null
        : {
            id: row.delegationId,
            code: row.code!,
            protocolName: delegationName(row.code!, row.protocolName!, locale),
            meetingId: row.meetingId!,
          },
  };
}
