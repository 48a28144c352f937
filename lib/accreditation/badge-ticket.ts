import { randomBytes } from 'node:crypto';

const PREFIX = 'VGB-';
/** 128 random bits: a code cannot be guessed from another, nor from the member it admits. */
const RANDOM_BYTES = 16;

/** A new badge ticket id: the only thing a badge's QR code carries. */
export function newBadgeTicket(): string {
  return PREFIX + randomBytes(RANDOM_BYTES).toString('base64url');
}

/** The length of every ticket: longer input at the door is not a ticket, and is not looked up. */
export const TICKET_LENGTH = PREFIX.length + Math.ceil((RANDOM_BYTES * 4) / 3);

/** The code as typed or scanned, without the spaces and line breaks a scanner or a hand may add. */
export function normaliseTicket(input: string): string {
  return input.replace(/\s+/g, '');
}
