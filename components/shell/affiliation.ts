import type { Viewer } from '@/db/access';

type AppTranslator = (key: 'secretariat' | 'translator' | `roleLabel.${Viewer['role']}`) => string;

/**
 * Whom an account speaks for, as the header and account lists say it: "Japan · staff" for a
 * delegation's people, "Host secretariat" or "Host translator" for the host's.
 */
export function affiliationLabel(t: AppTranslator, delegationName: string | null, role: Viewer['role']): string {
  if (delegationName) return `${delegationName} · ${t(`roleLabel.${role}`)}`;
  return t(role === 'translator' ? 'translator' : 'secretariat');
}
