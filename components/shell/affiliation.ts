import type { Viewer } from '@/db/viewer';

type AppTranslator = (key: 'secretariat' | 'translator' | 'door' | `roleLabel.${Viewer['role']}`) => string;

/**
 * Whom an account speaks for, as the header and account lists say it: "Japan · staff" for a
 * delegation's people, "Host secretariat", "Host translator" or "Host security" for the host's.
 */
export function affiliationLabel(t: AppTranslator, delegationName: string | null, role: Viewer['role']): string {
  if (delegationName) return `${delegationName} · ${t(`roleLabel.${role}`)}`;
  return t(role === 'translator' || role === 'door' ? role : 'secretariat');
}
