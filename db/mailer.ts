import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { mailSettings, type MailSettings } from '@/lib/platform/mail/settings';
import { isPermanentRefusal } from '@/lib/domain/mail/schedule';
import { onMailQueued } from '@/lib/platform/mail/wake';
import { getDb } from './client';
import { dueMails, gatherDigests, recordMailFailure, recordMailSent } from './mutations/outbox';

type MailerState = { transport: Transporter; settings: MailSettings; timer: NodeJS.Timeout; running: Promise<void> | null; again: boolean };
const registry = globalThis as unknown as { vancouverMailer?: MailerState };

/**
 * One round: gather due digests, then send every due mail, one at a time, marking each
 * sent or failed as soon as the server answers. Sending one at a time keeps the order and
 * means a crash can repeat at most the mail in flight; its Message-ID stays the same, so
 * the receiving server can recognise the copy.
 */
async function sendDueMails(state: MailerState): Promise<void> {
  const db = getDb();
  gatherDigests(db, new Date());
  for (;;) {
    const due = dueMails(db, new Date());
    if (due.length === 0) return;
    for (const mail of due) {
      try {
        await state.transport.sendMail({
          from: state.settings.from,
          to: mail.toAddress,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: mail.messageId,
        });
        recordMailSent(db, mail.id, new Date());
      } catch (error) {
        const answer = (error as { response?: string }).response ?? (error as Error).message ?? String(error);
        const permanent = isPermanentRefusal(error);
        console.warn(JSON.stringify({ event: permanent ? 'mail_refused' : 'mail_deferred', mailId: mail.id, answer }));
        recordMailFailure(db, mail, answer, permanent, new Date(), state.settings.retryBaseMs);
        // The server is unreachable or busy: the rest wait for their own turn.
        if (!permanent) return;
      }
    }
  }
}

/** Runs a round now, or once more right after the one in progress. */
function runRound(state: MailerState): void {
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = sendDueMails(state)
    .catch((error) => console.error(JSON.stringify({ event: 'mailer_failed', message: (error as Error).message })))
    .finally(() => {
      state.running = null;
      if (state.again) {
        state.again = false;
        runRound(state);
      }
    });
}

/**
 * Starts the mailer when an SMTP server is configured: it sends what the outbox holds
 * (also what was left when the server last stopped), each time a change queues mail, and
 * every MAIL_POLL_MS for retries and digests.
 */
export function startMailer(): void {
  const settings = mailSettings();
  if (!settings || registry.vancouverMailer) return;
  const transport = nodemailer.createTransport(settings.smtpUrl);
  const state: MailerState = { transport, settings, timer: setInterval(() => runRound(state), settings.pollMs), running: null, again: false };
  state.timer.unref();
  registry.vancouverMailer = state;
  onMailQueued(() => setImmediate(() => runRound(state)));
  runRound(state);
  console.log(`Mail goes out through ${new URL(settings.smtpUrl).host} as ${settings.from}.`);
}
