import type { PRECEDENCE_RULE_VALUES } from '@/lib/domain/values';
import { countryName } from './countries';

export type PrecedenceRule = (typeof PRECEDENCE_RULE_VALUES)[number];

type Ranked = {
  countryCode: string;
  protocolName: string;
  role: 'co_chair' | 'participant';
  manualRank: number | null;
};

const english = new Intl.Collator('en', { sensitivity: 'base' });
const french = new Intl.Collator('fr', { sensitivity: 'base' });

/**
 * Delegations in the meeting's order of precedence: co-chairs first, then participants
 * alphabetically by English protocol name, by French name, or by the secretariat's manual
 * rank (unranked last, alphabetically). Co-chairs keep the same rule among themselves.
 * Returns a new array.
 */
export function inPrecedenceOrder<T extends Ranked>(delegations: readonly T[], rule: PrecedenceRule): T[] {
  const byName = (a: T, b: T) =>
    rule === 'french'
      ? french.compare(countryName(a.countryCode, 'fr'), countryName(b.countryCode, 'fr'))
      : english.compare(a.protocolName, b.protocolName);
  const byRule = (a: T, b: T) => {
    if (rule === 'manual') {
      const ra = a.manualRank ?? Number.POSITIVE_INFINITY;
      const rb = b.manualRank ?? Number.POSITIVE_INFINITY;
      if (ra !== rb) return ra - rb;
    }
    return byName(a, b);
  };
  const coChairFirst = (a: T, b: T) => Number(b.role === 'co_chair') - Number(a.role === 'co_chair');
  return [...delegations].sort((a, b) => coChairFirst(a, b) || byRule(a, b));
}
