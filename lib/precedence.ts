import type { PRECEDENCE_RULE_VALUES } from '@/db/schema';

export type PrecedenceRule = (typeof PRECEDENCE_RULE_VALUES)[number];

type Ranked = {
  countryCode: string;
  protocolName: string;
  role: 'co_chair' | 'participant';
  manualRank: number | null;
};

const frenchNames = new Intl.DisplayNames(['fr'], { type: 'region' });
const english = new Intl.Collator('en', { sensitivity: 'base' });
const french = new Intl.Collator('fr', { sensitivity: 'base' });

/** The state's name as French protocol lists sort it (CLDR, shipped with the runtime). */
export function frenchName(countryCode: string): string {
  return frenchNames.of(countryCode.toUpperCase()) ?? countryCode;
}

/**
 * Delegations in the meeting's order of precedence: co-chairs first, then participants
 * alphabetically by English protocol name, by French name, or by the secretariat's manual
 * rank (unranked last, alphabetically). Co-chairs keep the same rule among themselves.
 * Returns a new array.
 */
export function inPrecedenceOrder<T extends Ranked>(delegations: readonly T[], rule: PrecedenceRule): T[] {
  const byName = (a: T, b: T) =>
    rule === 'french'
      ? french.compare(frenchName(a.countryCode), frenchName(b.countryCode))
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
