import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { demoDatabase, freshDatabase, otherMeetingSecretariat, viewerFor } from '@/test/database';
import { isSetupCode, issueSetupCode } from '@/lib/platform/setup-code';
import { AccessDenied } from '../access';
import { getDb } from '../client';
import { RuleViolation } from '../errors';
import { findInvitation, hasAnyAccount, listAccounts } from '../queries/accounts';
import { getMeeting } from '../queries/meetings';
import { findViewer } from '../queries/viewer';
import { auditEntries, invitations, users } from '../schema';
import {
  acceptInvitation,
  changePassword,
  createAccount,
  createAccountFromCommandLine,
  createFirstAccount,
  issueInvitation,
  setAccountDisabled,
  signOutEverywhere,
} from './accounts';
import { addSecretariatMember } from './meetings';
import { attemptSignIn } from './sign-in';

const SLUG = 'vancouver-2018';
const STRONG = 'harbour lantern quietly orbit';
const secretariat = () => viewerFor('secretariat@vancouver.test');
const meeting = () => getMeeting(secretariat(), SLUG);
const signIn = (email: string, password: string) => attemptSignIn({ email, password, client: 'test' });

describe('accounts', () => {
  beforeEach(async () => {
    await demoDatabase();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('creates an account with a strong password; never stores or audits it in clear', async () => {
    const { userId, invitationToken } = await createAccount(secretariat(), meeting(), {
      name: 'Ingrid Solberg',
      email: 'Ingrid.Solberg@regjeringen.example',
      role: 'staff',
      delegationCode: 'no',
      password: STRONG,
    });
    expect(invitationToken).toBeNull();
    expect(await signIn('ingrid.solberg@regjeringen.example', STRONG)).toMatchObject({ ok: true, userId });
    const stored = getDb().select().from(users).where(eq(users.id, userId)).get()!;
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    const trail = JSON.stringify(getDb().select().from(auditEntries).all());
    expect(trail).not.toContain(STRONG);
    expect(trail).not.toContain(stored.passwordHash);
  });

  it('refuses weak passwords, taken e-mails, a second head account and anyone but the secretariat', async () => {
    const base = { name: 'Test Person', email: 'test.person@example.org', role: 'staff' as const, delegationCode: 'no' };
    await expect(createAccount(secretariat(), meeting(), { ...base, password: 'short' })).rejects.toEqual(new RuleViolation('passwordTooShort', 'password'));
    await expect(createAccount(secretariat(), meeting(), { ...base, password: 'password123456' })).rejects.toThrow(RuleViolation);
    await expect(createAccount(secretariat(), meeting(), { ...base, email: 'no.staff@vancouver.test', password: STRONG })).rejects.toEqual(
      new RuleViolation('emailTaken', 'email'),
    );
    await expect(createAccount(secretariat(), meeting(), { ...base, role: 'head', password: STRONG })).rejects.toEqual(new RuleViolation('oneHeadAccount', 'role'));
    await expect(createAccount(viewerFor('no.head@vancouver.test'), meeting(), { ...base, password: STRONG })).rejects.toThrow(AccessDenied);
    expect(getDb().select().from(users).where(eq(users.email, base.email)).get()).toBeUndefined();
  });

  it('issues a single-use invitation that expires after seven days, kept only hashed', async () => {
    const { userId, invitationToken } = await createAccount(secretariat(), meeting(), {
      name: 'Søren Kierkegaard-Holm',
      email: 'soren@um.dk.example',
      role: 'staff',
      delegationCode: 'dk',
      password: null,
    });
    expect(invitationToken).toMatch(/^[\w-]{40,}$/);
    const row = getDb().select().from(invitations).where(eq(invitations.userId, userId)).get()!;
    expect(row.tokenHash).not.toContain(invitationToken);
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    expect(listAccounts(secretariat(), meeting()).items.find((a) => a.id === userId)?.status).toBe('invited');
    expect(findInvitation(invitationToken!)).toEqual({ name: 'Søren Kierkegaard-Holm', email: 'soren@um.dk.example' });

    await expect(acceptInvitation(invitationToken!, 'soren@um.dk.example')).rejects.toThrow(RuleViolation);
    await acceptInvitation(invitationToken!, STRONG);
    expect(await signIn('soren@um.dk.example', STRONG)).toMatchObject({ ok: true });
    expect(findInvitation(invitationToken!)).toBeNull();
    await expect(acceptInvitation(invitationToken!, `${STRONG} again`)).rejects.toEqual(new RuleViolation('invitationInvalid'));

    const { invitationToken: late } = await createAccount(secretariat(), meeting(), {
      name: 'Late Comer',
      email: 'late@um.dk.example',
      role: 'staff',
      delegationCode: 'dk',
      password: null,
    });
    getDb().update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.tokenHash, getDb().select().from(invitations).all().at(-1)!.tokenHash)).run();
    await expect(acceptInvitation(late!, STRONG)).rejects.toEqual(new RuleViolation('invitationInvalid'));
  });

  it('disabling an account ends its sessions at once; the secretariat cannot disable itself', () => {
    const target = viewerFor('dk.staff@vancouver.test');
    const version = getDb().select().from(users).where(eq(users.id, target.userId)).get()!.sessionVersion;
    setAccountDisabled(secretariat(), meeting(), target.userId, true);
    expect(findViewer(target.userId, version)).toBeNull();
    expect(findViewer(target.userId, version + 1)).toBeNull();
    setAccountDisabled(secretariat(), meeting(), target.userId, false);
    expect(findViewer(target.userId, version + 1)).not.toBeNull();
    expect(() => setAccountDisabled(secretariat(), meeting(), secretariat().userId, true)).toThrow(new RuleViolation('cannotDisableSelf'));
    const audit = getDb().select().from(auditEntries).where(eq(auditEntries.action, 'disable_account')).get();
    expect(audit?.before).toMatchObject({ disabledAt: null });
    expect(audit?.after).toMatchObject({ disabledAt: expect.any(String) });
  });

  it('a secretariat colleague who also serves another meeting is out of reach: no new link, no disabling (403, logged)', async () => {
    const other = await otherMeetingSecretariat('secretariat@ottawa.test');
    addSecretariatMember(secretariat(), meeting(), 'secretariat@ottawa.test');
    const refusals = () => getDb().select().from(auditEntries).where(eq(auditEntries.outcome, 'denied')).all().length;
    const before = refusals();
    expect(() => issueInvitation(secretariat(), meeting(), other.userId)).toThrow(new AccessDenied(403));
    expect(() => setAccountDisabled(secretariat(), meeting(), other.userId, true)).toThrow(new AccessDenied(403));
    expect(refusals()).toBe(before + 2);
    expect(getDb().select().from(invitations).where(eq(invitations.userId, other.userId)).all()).toEqual([]);
    expect(getDb().select().from(users).where(eq(users.id, other.userId)).get()!.disabledAt).toBeNull();
  });

  it('spends an account’s invitation link for good when it is disabled: enabling it again does not revive the link', async () => {
    const { userId, invitationToken } = await createAccount(secretariat(), meeting(), {
      name: 'Lars Kristensen',
      email: 'lars.kristensen@um.dk.example',
      role: 'staff',
      delegationCode: 'dk',
      password: null,
    });
    setAccountDisabled(secretariat(), meeting(), userId, true);
    setAccountDisabled(secretariat(), meeting(), userId, false);
    await expect(acceptInvitation(invitationToken!, STRONG)).rejects.toEqual(new RuleViolation('invitationInvalid'));
  });

  it('changes a password only with the current one, ending every other session; then signs out everywhere', async () => {
    const me = viewerFor('se.head@vancouver.test');
    await expect(changePassword(me, 'wrong', STRONG)).rejects.toEqual(new RuleViolation('currentPasswordWrong', 'currentPassword'));
    await expect(changePassword(me, 'vancouver-2018', 'qwertyuiop12')).rejects.toThrow(RuleViolation);
    expect(findViewer(me.userId, me.sessionVersion)).not.toBeNull();
    const renewed = await changePassword(me, 'vancouver-2018', STRONG);
    expect(renewed).toBe(me.sessionVersion + 1);
    // A session begun before the change is refused; the renewed one is good.
    expect(findViewer(me.userId, me.sessionVersion)).toBeNull();
    expect(findViewer(me.userId, renewed)).not.toBeNull();
    expect(await signIn('se.head@vancouver.test', STRONG)).toMatchObject({ ok: true });
    signOutEverywhere(me);
    expect(findViewer(me.userId, renewed)).toBeNull();
  });

  it('creates the first secretariat account from the command line, audited without an actor', async () => {
    const id = await createAccountFromCommandLine({ email: 'Ops@Example.org', name: 'Operations', password: STRONG });
    expect(await signIn('ops@example.org', STRONG)).toMatchObject({ ok: true, userId: id });
    const entry = getDb().select().from(auditEntries).where(eq(auditEntries.action, 'create_account')).get();
    expect(entry).toMatchObject({ actorUserId: null, recordId: String(id) });
  });
});

describe('the first account, from /setup', () => {
  beforeEach(() => {
    freshDatabase();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  const first = { name: 'Operations', email: 'ops@example.org', password: STRONG };

  it('needs the setup code of this start, checks the password, and closes once an account exists', async () => {
    const code = issueSetupCode();
    await expect(createFirstAccount('WRONG-CODE-HERE', first)).rejects.toMatchObject({ code: 'setupCodeWrong', field: 'setupCode' });
    await expect(createFirstAccount(code, { ...first, password: 'short' })).rejects.toMatchObject({ code: 'passwordTooShort' });
    expect(hasAnyAccount()).toBe(false);
    // Typed by hand: lower case, without the dashes.
    const id = await createFirstAccount(code.toLowerCase().replaceAll('-', ''), first);
    expect(await signIn('ops@example.org', STRONG)).toMatchObject({ ok: true, userId: id });
    const viewer = findViewer(id, 1)!;
    expect(viewer).toMatchObject({ role: 'secretariat', delegation: null, secretariatOf: [] });
    // One time only: the code is used up and the page closed, even with the same code.
    await expect(createFirstAccount(code, { ...first, email: 'second@example.org' })).rejects.toMatchObject({ code: 'setupClosed' });
    expect(isSetupCode(code)).toBe(false);
    expect(getDb().select().from(auditEntries).all().map((e) => [e.action, e.outcome])).toEqual([
      ['create_first_account', 'denied'],
      ['create_account', 'done'],
    ]);
  });
});
