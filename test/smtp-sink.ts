// A real SMTP server on a local port that keeps what it receives, for tests of the mail the
// app sends: the app talks SMTP to it exactly as to a relay.
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type SmtpSink = {
  port: number;
  received: ParsedMail[];
  /** Stops listening (the app then sees a relay that is down); `listen` again on the same port. */
  close: () => Promise<void>;
  listen: () => Promise<void>;
  /** The first mail to `address` whose subject contains `subject`, once it has arrived. */
  waitFor: (address: string, subject: string, timeoutMs?: number) => Promise<ParsedMail>;
};

export async function startSmtpSink(port: number): Promise<SmtpSink> {
  const received: ParsedMail[] = [];
  let server: SMTPServer;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        logger: false,
        onData(stream, _session, done) {
          simpleParser(stream)
            .then((mail) => {
              received.push(mail);
              done();
            })
            .catch(done);
        },
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
  await listen();
  const addressedTo = (mail: ParsedMail, address: string) =>
    [mail.to ?? []].flat().some((to) => to.value.some((v) => v.address === address));
  return {
    port,
    received,
    listen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    async waitFor(address, subject, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const mail = received.find((m) => addressedTo(m, address) && (m.subject ?? '').includes(subject));
        if (mail) return mail;
        if (Date.now() > deadline) throw new Error(`no mail to ${address} about "${subject}"; received: ${received.map((m) => m.subject).join(' | ')}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}

/** The mails `sink` received addressed to `address`. */
export const mailsTo = (sink: SmtpSink, address: string) =>
  sink.received.filter((m) => [m.to ?? []].flat().some((to) => to.value.some((v) => v.address === address)));
