import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoDatabase, viewerFor } from '@/test/database';
import { mailsTo, startSmtpSink, type SmtpSink } from '@/test/smtp-sink';
import { freePort } from '@/e2e/own-server';
import { getDb } from './client';
import { RuleViolation } from './errors';
import { startMailer } from './mailer';
import { acceptInvitation, createAccount, requestPasswordReset } from './mutations/accounts';
import { attemptSignIn, LOCKOUT_FAILURES } from './mutations/sign-in';
import { getMeeting } from './queries/meetings';
import { rejectAmendment } from './mutations/amendments';
import { amendments, delegations, documentRecipients, mailOutbox, outcomeDocuments, users } from './schema';
import { writeTransaction } from './client';
import { notifyDocumentReaders, setMailPreferences } from './mutations/notifications';
import { gatherDigests } from './mutations/outbox';
import { nextDigestAt } from '@/lib/domain/mail/schedule';

let sink: SmtpSink;

const outboxRow = (address: string) => getDb().select().from(mailOutbox).where(eq(mailOutbox.toAddress, address)).get();

describe('the mailer, against a real SMTP server', () => {
  beforeAll(async () => {
    const port = await freePort();
    sink = await startSmtpSink(port);
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    process.env.MAIL_FROM = 'Vancouver Group <secretariat@vancouver.test>';
    process.env.MAIL_RETRY_BASE_MS = '200';
    process.env.MAIL_POLL_MS = '100';
    process.env.NEXTAUTH_URL = 'https://meeting.example';
    await demoDatabase();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'log').mockImplementation(() => {});
    startMailer();
  });
  afterAll(() => sink.close());

  it('mails an invitation with its one-time link, in text and HTML, then forgets the link', async () => {
    const secretariat = viewerFor('secretariat@vancouver.test');
    const { invitationToken } = await createAccount(secretariat, getMeeting(secretariat, 'vancouver-2018'), {
      name: 'Ingrid Solberg',
      email: 'ingrid@regjeringen.example',
      role: 'staff',
      delegationCode: 'no',
      password: null,
    });
    const mail = await sink.waitFor('ingrid@regjeringen.example', 'Your account');
    const link = `https://meeting.example/invitations/${invitationToken}`;
    expect(mail.text).toContain(link);
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.from?.text).toContain('secretariat@vancouver.test');
    await vi.waitFor(() => expect(outboxRow('ingrid@regjeringen.example')?.status).toBe('sent'));
    const row = outboxRow('ingrid@regjeringen.example')!;
    expect([row.text, row.html, row.link]).toEqual(['', '', '']);
    expect(mail.messageId).toBe(row.messageId);
  });

  it('keeps a mail while the server is down, retries, and sends it once when the server is back', async () => {
    await sink.close();
    const secretariat = viewerFor('secretariat@vancouver.test');
    await createAccount(secretariat, getMeeting(secretariat, 'vancouver-2018'), {
      name: 'Kim Min-jun',
      email: 'kim@mofa.example',
      role: 'staff',
      delegationCode: 'kr',
      password: null,
    });
    await vi.waitFor(() => expect(outboxRow('kim@mofa.example')?.attempts).toBeGreaterThanOrEqual(2), { timeout: 10_000 });
    const waiting = outboxRow('kim@mofa.example')!;
    expect(waiting.status).toBe('waiting');
    expect(waiting.lastError).toMatch(/ECONNREFUSED/);
    await sink.listen();
    await sink.waitFor('kim@mofa.example', 'Your account');
    await vi.waitFor(() => expect(outboxRow('kim@mofa.example')?.status).toBe('sent'));
    // Rounds keep running; none sends it again.
    await new Promise((r) => setTimeout(r, 1500));
    expect(mailsTo(sink, 'kim@mofa.example')).toHaveLength(1);
  });

  it('mails a reset link to an account that asks, says the same for an unknown address, and locks like sign-in', async () => {
    const client = '203.0.113.9';
    expect(requestPasswordReset({ email: ' JP.Staff@vancouver.test ', client })).toEqual({ ok: true });
    expect(requestPasswordReset({ email: 'nobody@nowhere.example', client })).toEqual({ ok: true });
    const mail = await sink.waitFor('jp.staff@vancouver.test', 'Choose a new password');
    const token = /\/invitations\/([\w-]+)/.exec(mail.text ?? '')![1];
    await acceptInvitation(token, 'quiet harbour lantern morning');
    expect(await attemptSignIn({ email: 'jp.staff@vancouver.test', password: 'quiet harbour lantern morning', client })).toMatchObject({ ok: true });
    await new Promise((r) => setTimeout(r, 500));
    expect(sink.received.filter((m) => [m.to ?? []].flat().some((to) => to.text.includes('nowhere.example')))).toEqual([]);

    // Each request counts as a failed sign-in: the tenth for one address from one client locks it.
    for (let i = 0; i < LOCKOUT_FAILURES; i++) requestPasswordReset({ email: 'kr.staff@vancouver.test', client });
    expect(requestPasswordReset({ email: 'kr.staff@vancouver.test', client })).toMatchObject({ ok: false, scope: 'pair' });
    expect(await attemptSignIn({ email: 'kr.staff@vancouver.test', password: 'vancouver-2018', client })).toMatchObject({ ok: false, reason: 'locked' });
  });

  it('tells only the accounts that may read a restricted document, each as it chose: at once, in the digest, or never', { timeout: 30_000 }, async () => {
    const db = getDb();
    const ids = db.select({ id: delegations.id, code: delegations.countryCode }).from(delegations).where(inArray(delegations.countryCode, ['jp', 'kr'])).all();
    db.update(outcomeDocuments).set({ distribution: 'restricted' }).where(eq(outcomeDocuments.id, 1)).run();
    db.insert(documentRecipients).values(ids.map((d) => ({ documentId: 1, delegationId: d.id }))).run();
    const atOnce = { silence_ended: 'immediate', amendment_decided: 'immediate', statement_circulated: 'immediate' } as const;
    setMailPreferences(viewerFor('jp.staff@vancouver.test'), { silence_started: 'never', ...atOnce }, null);
    setMailPreferences(viewerFor('kr.staff@vancouver.test'), { silence_started: 'digest', ...atOnce }, null);
    setMailPreferences(viewerFor('jp.head@vancouver.test'), { silence_started: 'immediate', ...atOnce }, 'Asia/Tokyo');
    expect(() => setMailPreferences(viewerFor('kr.head@vancouver.test'), { silence_started: 'immediate', ...atOnce }, 'Europe/Atlantis')).toThrow(RuleViolation);
    const deadline = new Date('2030-01-17T02:00:00Z');
    const before = Date.now();
    writeTransaction((tx) => notifyDocumentReaders(tx, null, 1, (facts) => ({ kind: 'silence_started', ...facts, deadline })));
    const rows = db.select().from(mailOutbox).where(eq(mailOutbox.kind, 'silence_started')).all();
    const to = rows.map((r) => r.toAddress);
    expect(to).toContain('jp.head@vancouver.test');
    expect(to).toContain('secretariat@vancouver.test');
    expect(to).not.toContain('jp.staff@vancouver.test');
    // No account of a delegation the document is not for (th.staff, us.head, …).
    expect(to.filter((address) => /^[a-z]{2}\.(head|staff)@/.test(address) && !/^(jp|kr)\./.test(address))).toEqual([]);
    expect(to).not.toContain('th.staff@vancouver.test');
    const held = rows.find((r) => r.toAddress === 'kr.staff@vancouver.test')!;
    expect(held.status).toBe('held');
    expect(held.nextAttemptAt).toEqual(nextDigestAt(new Date(before), 'America/Vancouver'));

    const mail = await sink.waitFor('jp.head@vancouver.test', 'Silence procedure');
    // The deadline on the meeting's clock, its zone named, and on the reader's, which they gave.
    expect(mail.text).toContain('16 January 2030 at 18:00 (Pacific Standard Time (America/Vancouver))');
    expect(mail.text).toContain('17 January 2030 at 11:00 (Japan Standard Time (Asia/Tokyo))');
    expect(mail.text).toContain('/meetings/vancouver-2018/documents/1');
    // A reader who gave no zone gets UTC beside the meeting's.
    const secretariatMail = await sink.waitFor('secretariat@vancouver.test', 'Silence procedure');
    expect(secretariatMail.text).toContain('17 January 2030 at 02:00');
    expect(secretariatMail.text).toMatch(/02:00 \([^)]*UTC/);

    expect(gatherDigests(db, held.nextAttemptAt)).toBe(1);
    const digest = await sink.waitFor('kr.staff@vancouver.test', '1 notification from the meeting');
    expect(digest.text).toContain(held.subject);
    expect(db.select({ status: mailOutbox.status }).from(mailOutbox).where(and(eq(mailOutbox.id, held.id))).get()?.status).toBe('digested');
  });

  it("tells the proposing delegation's accounts, and no one else, that its amendment was decided", async () => {
    const db = getDb();
    const open = db.select({ id: amendments.id, delegationId: amendments.delegationId }).from(amendments).where(eq(amendments.status, 'open')).get()!;
    const proposers = db.select({ email: users.email }).from(users).where(eq(users.delegationId, open.delegationId)).all().map((u) => u.email);
    expect(proposers.length).toBeGreaterThan(0);
    rejectAmendment(viewerFor('secretariat@vancouver.test'), { amendmentId: open.id, reason: 'Not taken up.' });
    const to = db.select({ to: mailOutbox.toAddress }).from(mailOutbox).where(eq(mailOutbox.kind, 'amendment_decided')).all().map((r) => r.to);
    expect(to.sort()).toEqual([...proposers].sort());
    const mail = await sink.waitFor(proposers[0], 'Amendment');
    expect(mail.text).toContain(`#amendment-${open.id}`);
  });
});
