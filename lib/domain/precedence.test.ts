import { describe, expect, it } from 'vitest';
import { inPrecedenceOrder } from './precedence';

const d = (countryCode: string, protocolName: string, role: 'co_chair' | 'participant' = 'participant', manualRank: number | null = null) => ({
  countryCode,
  protocolName,
  role,
  manualRank,
});

const delegations = [
  d('us', 'United States', 'co_chair'),
  d('de', 'Germany'),
  d('ca', 'Canada', 'co_chair'),
  d('gb', 'United Kingdom'),
  d('es', 'Spain'),
  d('al', 'Albania'),
];

const codes = (list: { countryCode: string }[]) => list.map((x) => x.countryCode);

describe('order of precedence', () => {
  it('puts co-chairs first, then participants in English alphabetical order', () => {
    expect(codes(inPrecedenceOrder(delegations, 'english'))).toEqual(['ca', 'us', 'al', 'de', 'es', 'gb']);
  });

  it('sorts by French names under the French rule (Allemagne, Albanie, Espagne, Royaume-Uni)', () => {
    expect(codes(inPrecedenceOrder(delegations, 'french'))).toEqual(['ca', 'us', 'al', 'de', 'es', 'gb']);
    const french = inPrecedenceOrder([d('de', 'Germany'), d('al', 'Albania'), d('gb', 'United Kingdom'), d('se', 'Sweden')], 'french');
    // Albanie < Allemagne < Royaume-Uni < Suède
    expect(codes(french)).toEqual(['al', 'de', 'gb', 'se']);
  });

  it('follows the manual rank, unranked delegations last', () => {
    const manual = [d('us', 'United States', 'co_chair', 2), d('ca', 'Canada', 'co_chair', 1), d('gb', 'United Kingdom', 'participant', 3), d('al', 'Albania')];
    expect(codes(inPrecedenceOrder(manual, 'manual'))).toEqual(['ca', 'us', 'gb', 'al']);
  });
});
