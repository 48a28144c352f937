// `npm run user:create -- --email … --role secretariat [--name …]`: the first account of a
// deployment that runs without the demo (SEED_DEMO=0). Reads the password from
// USER_PASSWORD or asks for it on the terminal without echoing it; never prints it.
// Runs with the react-server condition so that the data layer's 'server-only' guard lets it in.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { getDb, closeDb } from '../db/client';
import { RuleViolation } from '../db/errors';
import { runMigrations } from '../db/migrate';
import { createAccountFromCommandLine } from '../db/mutations/accounts';
import english from '../messages/en.json';

const USAGE = 'Usage: npm run user:create -- --email <address> --role secretariat [--name "Full Name"]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Reads one line from the terminal without showing what is typed; plain stdin when piped. */
async function askPassword(prompt: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const reader = createInterface({ input: process.stdin, output, terminal: process.stdin.isTTY });
  process.stdout.write(prompt);
  muted = true;
  const line = await new Promise<string>((resolve) => {
    reader.once('line', resolve);
    reader.once('close', () => resolve(''));
  });
  reader.close();
  if (process.stdin.isTTY) process.stdout.write('\n');
  return line;
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } },
    strict: true,
  });
  if (!values.email || !/^[^\s@]+@[^\s@]+$/.test(values.email)) fail(USAGE);
  // Delegation accounts belong to a meeting and are created by the secretariat in the app.
  if (values.role !== 'secretariat') fail(`${USAGE}\nOnly secretariat accounts are created here; the secretariat creates the others in the app.`);
  const password = process.env.USER_PASSWORD ?? (await askPassword('Password (at least 12 characters): '));
  runMigrations(getDb());
  try {
    const id = await createAccountFromCommandLine({
      email: values.email,
      name: values.name?.trim() || values.email.split('@')[0],
      password,
    });
    console.log(`Created secretariat account ${values.email.trim().toLowerCase()} (id ${id}).`);
  } catch (error) {
    if (error instanceof RuleViolation) {
      const messages = english.validation as Record<string, unknown>;
      const [group, key] = error.code.split('.');
      const text = key ? (messages[group] as Record<string, string>)[key] : messages[group];
      fail(`Not created: ${typeof text === 'string' ? text : error.code}`);
    }
    throw error;
  } finally {
    closeDb();
  }
}

void main();
