import 'server-only';
import type { AuditAction } from '@/lib/domain/audit-actions';
import { and, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { hashPassword, verifyPassword } from '@/lib/platform/password';
import { passwordProblem } from '@/lib/platform/password-strength';
import { discardSetupCode, isSetupCode } from '@/lib/platform/setup-code';
import { getDb, writeTransaction, type Db } from '../client';
import { hasAnyAccount } from '../queries/accounts';
import { deny, requireSecretariat } from '../access';
import type { Viewer } from '../viewer';
import { RuleViolation } from '../errors';
import { delegations, invitations, meetings, meetingSecretariat, signInAttempts, users } from '../schema';
import { type USER_ROLE_VALUES } from '@/lib/domain/values';
import type { MeetingSummary } from '../queries/meetings';
import { findViewer } from '../queries/viewer';
import { writeAudit } from './audit';
import { enqueueMail } from './outbox';
import { siteLink } from '@/lib/platform/mail/site-link';
import { hashInvitationToken, INVITATION_LIFETIME_MS, newInvitationToken, PASSWORD_RESET_LIFETIME_MS } from './invitation-token';
import { activeLock, normaliseEmail, type LockScope } from './sign-in';

export type AccountInput = {
  name: string;
  email: string;
  role: (typeof USER_ROLE_VALUES)[number];
  /** The delegation's code for a head or staff account; null for host staff (secretariat, translator). */
  delegationCode: string | null;
  /** Null: the account gets an invitation link to set its own password. */
  password: string | null;
};

/** The host's own people, who serve meetings through meeting_secretariat and belong to no delegation. */
const isHostStaff = (role: AccountInput['role']) => role === 'secretariat' || role === 'translator' || role === 'door';

/** What the audit log keeps of an account: never a password or its hash. */
const auditedAccount = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  delegationId: users.delegationId,
  disabledAt: users.disabledAt,
};

/** Throws RuleViolation(code, field) when the password is too short or guessable. */
function checkStrength(password: string, account: { email: string; name: string }, field = 'password') {
  const problem = passwordProblem(password, [account.email, account.name]);
  if (problem) throw new RuleViolation(problem, field);
}

/**
 * Replaces the account's open links with a new one that expires after `lifetimeMs`;
 * returns the token, which is kept only hashed.
 */
function replaceLink(db: Db, userId: number, lifetimeMs: number, createdByUserId: number | null): { token: string; expiresAt: Date } {
  const now = new Date();
  const expiresAt = new Date(now.getTime() + lifetimeMs);
  db.update(invitations)
    .set({ usedAt: now })
    .where(and(eq(invitations.userId, userId), isNull(invitations.usedAt)))
    .run();
  const token = newInvitationToken();
  db.insert(invitations).values({ userId, tokenHash: hashInvitationToken(token), expiresAt, createdByUserId }).run();
  return { token, expiresAt };
}

const linkAddress = (token: string) => siteLink(`/invitations/${encodeURIComponent(token)}`);

/** Replaces the account's open invitations with a new one, audited and mailed (when mail is configured); returns the token (shown once). */
function issueToken(db: Db, viewer: Viewer, meetingId: number, userId: number): string {
  const { token, expiresAt } = replaceLink(db, userId, INVITATION_LIFETIME_MS, viewer.userId);
  writeAudit(db, viewer, { action: 'issue_invitation', recordType: 'user', recordId: userId, meetingId, after: { expiresAt } });
  const account = db.select({ email: users.email, name: users.name }).from(users).where(eq(users.id, userId)).get()!;
  const meeting = db.select({ title: meetings.title, timeZone: meetings.timeZone }).from(meetings).where(eq(meetings.id, meetingId)).get()!;
  enqueueMail(db, meetingId, [{ userId, email: account.email }], () => ({
    kind: 'invitation',
    name: account.name,
    meetingTitle: meeting.title,
    link: linkAddress(token),
    expiresAt,
    timeZone: meeting.timeZone,
  }));
  return token;
}

function insertAccount(db: Db, actor: Viewer | null, meetingId: number | null, input: AccountInput & { delegationId: number | null }, passwordHash: string | null, via?: string) {
  const email = normaliseEmail(input.email);
  if (db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) {
    throw new RuleViolation('emailTaken', 'email');
  }
  if (input.role === 'head' && input.delegationId !== null) {
    const head = db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.delegationId, input.delegationId), eq(users.role, 'head')))
      .get();
    if (head) throw new RuleViolation('oneHeadAccount', 'role');
  }
  const created = db
    .insert(users)
    .values({ email, name: input.name, role: input.role, delegationId: input.delegationId, passwordHash })
    .returning(auditedAccount)
    .get();
  writeAudit(db, actor, {
    action: 'create_account',
    recordType: 'user',
    recordId: created.id,
    meetingId,
    after: via ? { ...created, via } : created,
  });
  return created.id;
}

/**
 * Creates an account for the secretariat or for one of the meeting's delegations, with a
 * password, or (password null) with an invitation link valid 7 days, whose token is returned
 * once and kept only hashed. Secretariat only. RuleViolation for a taken e-mail, a second
 * head account, a weak password, or a role that does not fit the delegation.
 */
export async function createAccount(
  viewer: Viewer,
  meeting: MeetingSummary,
  input: AccountInput,
): Promise<{ userId: number; invitationToken: string | null }> {
  requireSecretariat(viewer, { action: 'create_account', recordType: 'user', recordId: input.email, meetingId: meeting.id });
  if (input.password !== null) checkStrength(input.password, input);
  const passwordHash = input.password === null ? null : await hashPassword(input.password);
  return writeTransaction((db) => {
    let delegationId: number | null = null;
    if (isHostStaff(input.role)) {
      if (input.delegationCode) throw new RuleViolation('secretariatHasNoDelegation', 'delegationCode');
    } else {
      const delegation = input.delegationCode
        ? db
            .select({ id: delegations.id })
            .from(delegations)
            .where(and(eq(delegations.meetingId, meeting.id), eq(delegations.countryCode, input.delegationCode)))
            .get()
        : undefined;
      if (!delegation) throw new RuleViolation('delegationRequired', 'delegationCode');
      delegationId = delegation.id;
    }
    const userId = insertAccount(db, viewer, meeting.id, { ...input, delegationId }, passwordHash);
    // A host-staff account made from a meeting's page serves that meeting (and no other).
    if (isHostStaff(input.role)) db.insert(meetingSecretariat).values({ meetingId: meeting.id, userId }).run();
    const invitationToken = passwordHash === null ? issueToken(db, viewer, meeting.id, userId) : null;
    return { userId, invitationToken };
  });
}

/** The account if it serves this meeting (one of its secretariat's, or of its delegations'); 404 otherwise. */
function accountInMeeting(db: Db, viewer: Viewer, meeting: MeetingSummary, userId: number, action: AuditAction) {
  const account = db
    .select(auditedAccount)
    .from(users)
    .leftJoin(delegations, eq(delegations.id, users.delegationId))
    .leftJoin(meetingSecretariat, and(eq(meetingSecretariat.userId, users.id), eq(meetingSecretariat.meetingId, meeting.id)))
    .where(and(eq(users.id, userId), or(eq(delegations.meetingId, meeting.id), isNotNull(meetingSecretariat.userId))))
    .get();
  if (!account) deny(viewer, 404, { action, recordType: 'user', recordId: userId, meetingId: meeting.id });
  // A secretariat colleague may also serve meetings the viewer does not: a new link or a
  // disabled account would reach into those, so only one who serves all of them may.
  if (account.role === 'secretariat') {
    const served = db.select({ meetingId: meetingSecretariat.meetingId }).from(meetingSecretariat).where(eq(meetingSecretariat.userId, userId)).all();
    if (served.some((m) => !viewer.secretariatOf.includes(m.meetingId))) {
      deny(viewer, 403, { action, recordType: 'user', recordId: userId, meetingId: meeting.id });
    }
  }
  return account;
}

/**
 * A new invitation link for an account (to set a first password, or a new one when it is
 * lost); any earlier link stops working. Secretariat only; not for a disabled account.
 */
export function issueInvitation(viewer: Viewer, meeting: MeetingSummary, userId: number): string {
  return writeTransaction((db) => {
    requireSecretariat(viewer, { action: 'issue_invitation', recordType: 'user', recordId: userId, meetingId: meeting.id });
    const account = accountInMeeting(db, viewer, meeting, userId, 'issue_invitation');
    if (account.disabledAt) throw new RuleViolation('accountIsDisabled');
    return issueToken(db, viewer, meeting.id, userId);
  });
}

/**
 * Disables an account, which ends its sessions at once (its session version moves on and
 * findViewer refuses it) and spends its open invitation links for good, or enables it
 * again (with no link: the secretariat issues a new one if it is needed). Secretariat
 * only; nobody disables themselves.
 */
export function setAccountDisabled(viewer: Viewer, meeting: MeetingSummary, userId: number, disabled: boolean): void {
  writeTransaction((db) => {
    requireSecretariat(viewer, { action: disabled ? 'disable_account' : 'enable_account', recordType: 'user', recordId: userId, meetingId: meeting.id });
    if (disabled && userId === viewer.userId) throw new RuleViolation('cannotDisableSelf');
    const before = accountInMeeting(db, viewer, meeting, userId, disabled ? 'disable_account' : 'enable_account');
    const after = db
      .update(users)
      .set(
        disabled
          ? { disabledAt: new Date(), sessionVersion: sql`${users.sessionVersion} + 1` }
          : { disabledAt: null },
      )
      .where(eq(users.id, userId))
      .returning(auditedAccount)
      .get();
    if (disabled) {
      db.update(invitations)
        .set({ usedAt: new Date() })
        .where(and(eq(invitations.userId, userId), isNull(invitations.usedAt)))
        .run();
    }
    writeAudit(db, viewer, {
      action: disabled ? 'disable_account' : 'enable_account',
      recordType: 'user',
      recordId: userId,
      meetingId: meeting.id,
      before,
      after,
    });
  });
}

/**
 * Sets the password of the account an invitation link was issued for, and uses up the
 * link. Anyone holding a good link may call it. RuleViolation('invitationInvalid') for an
 * unknown, used, expired or disabled link; a password RuleViolation for a weak password.
 * Every session the account had is ended.
 */
export async function acceptInvitation(token: string, password: string): Promise<void> {
  const tokenHash = hashInvitationToken(token);
  const readInvitation = (db: Db) =>
    db
      .select({ id: invitations.id, userId: users.id, email: users.email, name: users.name, sessionVersion: users.sessionVersion })
      .from(invitations)
      .innerJoin(users, eq(users.id, invitations.userId))
      .where(
        and(
          eq(invitations.tokenHash, tokenHash),
          isNull(invitations.usedAt),
          sql`${invitations.expiresAt} > ${Date.now()}`,
          isNull(users.disabledAt),
        ),
      )
      .get();
  const invitation = readInvitation(getDb());
  if (!invitation) throw new RuleViolation('invitationInvalid');
  checkStrength(password, invitation);
  const passwordHash = await hashPassword(password);
  writeTransaction((db) => {
    // Read again under the write lock: the link may have been used in the meantime.
    const current = readInvitation(db);
    if (!current) throw new RuleViolation('invitationInvalid');
    db.update(invitations).set({ usedAt: new Date() }).where(eq(invitations.id, current.id)).run();
    db.update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, current.userId))
      .run();
    writeAudit(db, findViewer(current.userId, current.sessionVersion), {
      action: 'accept_invitation',
      recordType: 'user',
      recordId: current.userId,
      after: { passwordSet: true },
    });
  });
}

/**
 * Changes the viewer's own password once the current one is confirmed, and ends every
 * session of the account: whoever knew the old password may be signed in elsewhere.
 * Returns the new session version, for the caller to renew its own session with.
 * RuleViolation on the field at fault: a wrong current password, a weak new one.
 */
export async function changePassword(viewer: Viewer, currentPassword: string, newPassword: string): Promise<number> {
  const stored = getDb().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, viewer.userId)).get();
  if (!stored?.passwordHash || !(await verifyPassword(stored.passwordHash, currentPassword))) {
    writeTransaction((db) =>
      writeAudit(db, viewer, { action: 'change_password', recordType: 'user', recordId: viewer.userId, outcome: 'denied' }),
    );
    throw new RuleViolation('currentPasswordWrong', 'currentPassword');
  }
  checkStrength(newPassword, viewer, 'newPassword');
  const passwordHash = await hashPassword(newPassword);
  return writeTransaction((db) => {
    const { sessionVersion } = db
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, viewer.userId))
      .returning({ sessionVersion: users.sessionVersion })
      .get()!;
    writeAudit(db, viewer, {
      action: 'change_password',
      recordType: 'user',
      recordId: viewer.userId,
      after: { passwordChanged: true, otherSessionsEnded: true },
    });
    return sessionVersion;
  });
}

/** Ends every session of the viewer's account, this one included. */
export function signOutEverywhere(viewer: Viewer): void {
  writeTransaction((db) => {
    const after = db
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, viewer.userId))
      .returning({ sessionVersion: users.sessionVersion })
      .get();
    writeAudit(db, viewer, {
      action: 'sign_out_everywhere',
      recordType: 'user',
      recordId: viewer.userId,
      before: { sessionVersion: (after?.sessionVersion ?? 1) - 1 },
      after,
    });
  });
}

/**
 * Creates a secretariat account from the command line (`npm run user:create`), for a
 * deployment without the demo. The operator at the server's console is the actor, so
 * the audit entry has none. RuleViolation for a taken e-mail or a weak password.
 */
export async function createAccountFromCommandLine(input: { email: string; name: string; password: string }): Promise<number> {
  checkStrength(input.password, input);
  const passwordHash = await hashPassword(input.password);
  return writeTransaction((db) =>
    insertAccount(
      db,
      null,
      null,
      { ...input, role: 'secretariat', delegationCode: null, delegationId: null, password: null },
      passwordHash,
      'command_line',
    ),
  );
}

/**
 * The first secretariat account of a deployment without the demo, from `/setup`. Anyone who
 * holds the one-time setup code printed at the server's start may call it, and only while no
 * account exists: RuleViolation('setupClosed') after that, and for a wrong code
 * RuleViolation('setupCodeWrong', 'setupCode'); a password RuleViolation for a weak password.
 * The account serves no meeting until it creates one.
 */
export async function createFirstAccount(setupCode: string, input: { email: string; name: string; password: string }): Promise<number> {
  if (hasAnyAccount()) throw new RuleViolation('setupClosed');
  if (!isSetupCode(setupCode)) {
    writeTransaction((db) => writeAudit(db, null, { action: 'create_first_account', recordType: 'user', recordId: input.email, outcome: 'denied' }));
    throw new RuleViolation('setupCodeWrong', 'setupCode');
  }
  checkStrength(input.password, input);
  const passwordHash = await hashPassword(input.password);
  const id = writeTransaction((db) => {
    // Checked again under the write lock: two first accounts must not both get through.
    if (db.select({ id: users.id }).from(users).limit(1).get()) throw new RuleViolation('setupClosed');
    return insertAccount(
      db,
      null,
      null,
      { ...input, role: 'secretariat', delegationCode: null, delegationId: null, password: null },
      passwordHash,
      'setup',
    );
  });
  discardSetupCode();
  return id;
}

export type PasswordResetResult = { ok: true } | { ok: false; scope: LockScope; retryAfterMinutes: number };

/**
 * "Forgot your password?": mails a link, valid an hour, to choose a new password, when the
 * address is an enabled account's; says the same whether it is or not, so nobody learns
 * which addresses have accounts. Each request counts as a failed sign-in for the lockout
 * rules (./sign-in.ts), so nobody can use it to flood a mailbox or to guess; a locked
 * address or client is refused as sign-in refuses it. Audited either way.
 */
export function requestPasswordReset(input: { email: string; client: string }): PasswordResetResult {
  const email = normaliseEmail(input.email);
  const now = Date.now();
  const lock = activeLock(email, input.client, now);
  if (lock) {
    console.warn(JSON.stringify({ event: 'password_reset_refused_locked', scope: lock.scope, email, client: input.client }));
    writeTransaction((db) =>
      writeAudit(db, null, { action: 'request_password_reset', recordType: 'user', outcome: 'denied', after: { email, client: input.client, scope: lock.scope } }),
    );
    return { ok: false, scope: lock.scope, retryAfterMinutes: Math.ceil((lock.until - now) / 60000) };
  }
  writeTransaction((db) => {
    db.insert(signInAttempts).values({ email, client: input.client, succeeded: false, at: new Date(now) }).run();
    const account = db
      .select({ id: users.id, name: users.name, disabledAt: users.disabledAt, meetingId: delegations.meetingId, timeZone: meetings.timeZone })
      .from(users)
      .leftJoin(delegations, eq(delegations.id, users.delegationId))
      .leftJoin(meetings, eq(meetings.id, delegations.meetingId))
      .where(eq(users.email, email))
      .get();
    writeAudit(db, null, { action: 'request_password_reset', recordType: 'user', recordId: account?.id ?? null, meetingId: account?.meetingId ?? null, after: { email, client: input.client } });
    if (!account || account.disabledAt) return;
    // A secretariat account's mail shows in the outbox of a meeting it serves.
    const meetingId =
      account.meetingId ??
      db.select({ meetingId: meetingSecretariat.meetingId }).from(meetingSecretariat).where(eq(meetingSecretariat.userId, account.id)).get()?.meetingId ??
      null;
    const { token, expiresAt } = replaceLink(db, account.id, PASSWORD_RESET_LIFETIME_MS, null);
    enqueueMail(db, meetingId, [{ userId: account.id, email }], () => ({
      kind: 'password_reset',
      name: account.name,
      link: linkAddress(token),
      expiresAt,
      timeZone: account.timeZone ?? 'UTC',
    }));
  });
  return { ok: true };
}
