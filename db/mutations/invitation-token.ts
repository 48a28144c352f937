import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
/** A password-reset link is short-lived: whoever asks is at the keyboard now. */
export const PASSWORD_RESET_LIFETIME_MS = 60 * 60 * 1000;

/** A new invitation token: 256 random bits, safe in a URL. */
export const newInvitationToken = () => randomBytes(32).toString('base64url');

/**
 * What the database keeps of a token. A plain SHA-256 is enough: the token is random and
 * long, so there is nothing to guess, and a stolen database yields no usable link.
 */
export const hashInvitationToken = (token: string) => createHash('sha256').update(token).digest('hex');
