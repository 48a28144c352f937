import 'server-only';
import { delegationName } from '@/lib/domain/countries';
import { and, asc, desc, eq, gt, inArray, isNull, or } from 'drizzle-orm';
import { getDb } from '../client';
import { requireSecretariat } from '../access';
import type { Viewer } from '../viewer';
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

/**
 * The accounts that serve the meeting: its secretariat members and those of its delegations,
 * secretariat first, then by delegation and name. Secretariat only (404, logged, otherwise:
 * the list of accounts is not for delegations to see).
 */
export function listAccounts(viewer: Viewer, meeting: MeetingSummary): AccountRow[] {
  requireSecretariat(viewer, { action: 'list_accounts', recordType: 'meeting', recordId: meeting.slug, meetingId: meeting.id }, 404);
  return getDb()
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
    .where(or(inArray(users.id, hostStaffOf(getDb(), meeting.id)), eq(delegations.meetingId, meeting.id)))
    .orderBy(desc(isNull(users.delegationId)), asc(delegations.protocolName), asc(users.name))
    .all()
    .map((u) => ({
      id: u.id,
      name: u.name,
      email: u.email,
      role: u.role,
      delegation: u.code && u.protocolName ? { code: u.code, protocolName: delegationName(u.code, u.protocolName, viewer.locale) } : null,
      status: u.disabledAt ? 'disabled' : u.hasPassword ? 'active' : 'invited',
    }));
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
