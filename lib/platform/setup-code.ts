import 'server-only';
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dataFolder } from './runtime-config.mjs';

// No 0/O, 1/I/L: the code is read off a console and typed by hand.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const GROUPS = 3;
const GROUP_LENGTH = 4;

/** Only the hash is kept, beside the database, so a copy of the data folder does not hold the code. */
const codeFile = () => path.join(dataFolder(), 'setup-code');
const hashOf = (code: string) => createHash('sha256').update(normaliseSetupCode(code)).digest();

/** The code as typed, without spaces or dashes and in capitals ("abcd-efgh" = "ABCDEFGH"). */
export const normaliseSetupCode = (code: string) => code.replace(/[\s-]/g, '').toUpperCase();

/**
 * A new one-time setup code for `/setup`, replacing any earlier one; returned once, to be
 * printed at the server's console. Called at start while the database has no account.
 */
export function issueSetupCode(): string {
  const groups = Array.from({ length: GROUPS }, () =>
    Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  );
  const code = groups.join('-');
  writeFileSync(codeFile(), hashOf(code).toString('hex'), { mode: 0o600 });
  return code;
}

/** Whether `code` is the current setup code (compared in constant time). False when none was issued. */
export function isSetupCode(code: string): boolean {
  const file = codeFile();
  if (!existsSync(file)) return false;
  const expected = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  const given = hashOf(code);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Uses the code up: once the first account exists, `/setup` is gone and so is its code. */
export function discardSetupCode(): void {
  rmSync(codeFile(), { force: true });
}
