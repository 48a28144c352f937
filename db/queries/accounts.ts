import 'server-only';
import { delegationName } from '@/lib/domain/countries';
import { and, asc, count, desc, eq, gt, inArray, isNull, or, sql, type SQLWrapper } from 'drizzle-orm';
import { getDb, type Db } from '../client';
import { foldForSearch } from '@/lib/domain/search-fold';
import { requireSecretariat } from '../access';
import type { Viewer } from '../viewer';
import { pageWithin, type ListPage } from '@/lib/domain/list-page';
import { delegations, invitations, users } from '../schema';
import { type USER_ROLE_VALUES } from '@/lib/domain/values';
import { hostStaffOf, type MeetingSummary } from './meetings';
import { hashInvitationToken } from '../mutations/invitation-token';

export type AccountRow = {
  id: number;
  name: string;
  email: string;
  role: (typeof USER_ROLE_VALUES)[number];
  delegation: { code: string; protocolName: string } | null;
  /** active: can sign in; invited: has no password yet; disabled: refused at sign-in. */
  status: 'active' | 'invited' | 'disabled';
};

/** Accounts shown on one page of the accounts list. */
export const ACCOUNT_LIST_PAGE_SIZE = 100;

export type AccountListPage = ListPage<AccountRow>;

/** `text` as a LIKE pattern that matches it anywhere, its own `%`, `_` and `\` taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Whether `column`, folded as a search compares it (db/client.ts), holds the folded `pattern`. */
const holds = (column: SQLWrapper, pattern: string) => sql`search_fold(${column}) like ${pattern} escape '\\'`;

/**
 * The accounts that serve the meeting: its secretariat members and those of its delegations,
 * secretariat first, then by delegation and name, ACCOUNT_LIST_PAGE_SIZE to a page (a large
 * meeting holds thousands), optionally only those whose name, e-mail or delegation holds
 * `find`, whatever the case and accents ("cavusoglu" finds "Çavuşoğlu"); a delegation by its
 * protocol name or its name in the viewer's language ("Japon").
 * Secretariat only (404, logged, otherwise: the list of accounts is not for delegations).
 */
export function listAccounts(viewer: Viewer, meeting: MeetingSummary, request: { find?: string; page?: number } = {}): AccountListPage {
  requireSecretariat(viewer, { action: 'list_accounts', recordType: 'meeting', recordId: meeting.slug, meetingId: meeting.id }, 404);
  const db = getDb();
  const find = request.find?.trim();
  const folded = find ? foldForSearch(find) : null;
  const kept = and(
    or(inArray(users.id, hostStaffOf(db, meeting.id)), eq(delegations.meetingId, meeting.id)),
    folded
      ? or(
          holds(users.name, containing(folded)),
          holds(users.email, containing(folded)),
          inArray(delegations.id, delegationsNamed(db, meeting.id, folded, viewer.locale)),
        )
      : undefined,
  );
  const total = db.select({ n: count() }).from(users).leftJoin(delegations, eq(delegations.id, users.delegationId)).where(kept).get()?.n ?? 0;
  const page = pageWithin(total, ACCOUNT_LIST_PAGE_SIZE, request.page);
  const items = db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      hasPassword: users.passwordHash,
      disabledAt: users.disabledAt,
      code: delegations.countryCode,
      protocolName: delegations.protocolName,
    })
    .from(users)
    .leftJoin(delegations, eq(delegations.id, users.delegationId))
    .where(kept)
    .orderBy(desc(isNull(users.delegationId)), asc(delegations.protocolName), asc(users.name), asc(users.id))
    .limit(ACCOUNT_LIST_PAGE_SIZE)
    .offset((page - 1) * ACCOUNT_LIST_PAGE_SIZE)
    .all()
    .map((u) => ({
      id: u.id,
      name: u.name,
      email: u.email,
      role: u.role,
      delegation: u.code && u.protocolName ? { code: u.code, protocolName: delegationName(u.code, u.protocolName, viewer.locale) } : null,
      status: u.disabledAt ? ('disabled' as const) : u.hasPassword ? ('active' as const) : ('invited' as const),
    }));
  return { items, total, page, pageSize: ACCOUNT_LIST_PAGE_SIZE };
}

/** The meeting's delegations whose protocol name, or name in `locale`, holds the folded `find`. */
function delegationsNamed(db: Db, meetingId: number, find: string, locale: string): number[] {
  return db
    .select({ id: delegations.id, code: delegations.countryCode, protocolName: delegations.protocolName })
    .from(delegations)
    .where(eq(delegations.meetingId, meetingId))
    .all()
    .filter((d) => [d.protocolName, delegationName(d.code, d.protocolName, locale)].some((name) => foldForSearch(name).includes(find)))
    .map((d) => d.id);
}

/**
 * Whom an invitation link is for, while it is still good (not used, not replaced, not
 * expired, account not disabled); null otherwise. Public: the token is the credential.
 */
export function findInvitation(token: string): { name: string; email: string } | null {
  return (
    getDb()
      .select({ name: users.name, email: users.email })
      .from(invitations)
      .innerJoin(users, eq(users.id, invitations.userId))
      .where(
        and(
          eq(invitations.tokenHash, hashInvitationToken(token)),
          isNull(invitations.usedAt),
          gt(invitations.expiresAt, new Date()),
          isNull(users.disabledAt),
        ),
      )
      .get() ?? null
  );
}

/** Whether any account exists: `/setup` is open only while none does. Public. */
export function hasAnyAccount(): boolean {
  return getDb().select({ id: users.id }).from(users).limit(1).get() !== undefined;
}
