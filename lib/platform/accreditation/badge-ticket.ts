import { randomBytes } from 'node:crypto';

const PREFIX = 'VGB-';
/** 128 random bits: a code cannot be guessed from another, nor from the member it admits. */
const RANDOM_BYTES = 16;

/** A new badge ticket id: the only thing a badge's QR code carries. */
export function newBadgeTicket(): string {
  return PREFIX + randomBytes(RANDOM_BYTES).toString('base64url');
}

/**
 * The longest code the door looks up: a new ticket is 26 characters; those made when
 * categories came in (drizzle/0014) are 36 hex ones. Anything longer is not a ticket.
 */
export const MAX_TICKET_LENGTH = 64;

/** The code as typed or scanned, without the spaces and line breaks a scanner or a hand may add. */
export function normaliseTicket(input: string): string {
  return input.replace(/\s+/g, '');
}
