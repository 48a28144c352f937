import { describe, expect, it } from 'vitest';
import { groupBy } from './group-by';

describe('groupBy', () => {
  it('puts every row under its key, in the order the rows came', () => {
    const rows = [
      { paragraphId: 2, id: 10 },
      { paragraphId: 1, id: 11 },
      { paragraphId: 2, id: 12 },
      { paragraphId: 3, id: 13 },
      { paragraphId: 2, id: 14 },
    ];
    const groups = groupBy(rows, (r) => r.paragraphId);
    expect([...groups.keys()]).toEqual([2, 1, 3]);
    expect(groups.get(2)?.map((r) => r.id)).toEqual([10, 12, 14]);
    expect(groups.get(1)?.map((r) => r.id)).toEqual([11]);
    expect(groups.get(4)).toBeUndefined();
  });

  it('tells composite keys apart when they are made into strings', () => {
    const holders = [
      { paragraphId: 1, bracketIndex: 0, code: 'jp' },
      { paragraphId: 1, bracketIndex: 1, code: 'in' },
      { paragraphId: 11, bracketIndex: 0, code: 'th' },
    ];
    const groups = groupBy(holders, (h) => `${h.paragraphId}:${h.bracketIndex}`);
    expect(groups.get('1:0')?.map((h) => h.code)).toEqual(['jp']);
    expect(groups.get('1:1')?.map((h) => h.code)).toEqual(['in']);
    expect(groups.get('11:0')?.map((h) => h.code)).toEqual(['th']);
  });

  it('gives an empty map for no rows', () => {
    expect(groupBy([], () => 1).size).toBe(0);
  });
});
