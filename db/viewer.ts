import type { USER_ROLE_VALUES } from '@/lib/domain/values';
import type { Locale } from '@/i18n/locales';

/**
 * Who is asking. Every query and mutation takes one and decides from it alone, following
 * DESIGN.md's table; pages, layouts and the proxy never decide access themselves.
 */
export type Viewer = {
  userId: number;
  name: string;
  email: string;
  role: (typeof USER_ROLE_VALUES)[number];
  /** The account's session version when this viewer was found: it moves on when every session ends. */
  sessionVersion: number;
  /** Null for the host secretariat. */
  delegation: { id: number; code: string; protocolName: string; meetingId: number } | null;
  /** The meetings a secretariat account serves (created or added to); empty for everyone else. */
  secretariatOf: readonly number[];
  /** The meetings a translator account serves; empty for everyone else. */
  translatorOf: readonly number[];
  /** The meetings whose entrance a door (security) account keeps; empty for everyone else. */
  doorOf: readonly number[];
  /** The interface language of the request: the data layer names states in it (lib/domain/countries delegationName). */
  locale: Locale;
};

/**
 * What the rules of db/access.ts ask of a viewer: also true of an account that is not the one asking,
 * such as a mail's recipient (db/mutations/notifications).
 */
export type AccessHolder = {
  role: Viewer['role'];
  delegation: { id: number; meetingId: number } | null;
  secretariatOf: readonly number[];
  translatorOf: readonly number[];
};
