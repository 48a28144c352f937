import { describe, expect, it } from 'vitest';
import { placeSeats, seatingSequence } from './seating';

const d = (countryCode: string, protocolName: string, role: 'co_chair' | 'participant' = 'participant', seatRank: number | null = null) => ({
  countryCode,
  protocolName,
  role,
  manualRank: null,
  seatRank,
});

describe('the seating plan', () => {
  it('seats co-chairs first, then participants in order of precedence', () => {
    const sequence = seatingSequence([d('us', 'United States', 'co_chair'), d('be', 'Belgium'), d('ca', 'Canada', 'co_chair'), d('au', 'Australia')], 'english');
    expect(sequence.map((x) => x.countryCode)).toEqual(['ca', 'us', 'au', 'be']);
  });

  it('follows swapped seats, and places delegations added since after them', () => {
    const sequence = seatingSequence(
      [d('ca', 'Canada', 'co_chair', 1), d('au', 'Australia', 'participant', 3), d('be', 'Belgium', 'participant', 2), d('at', 'Austria')],
      'english',
    );
    expect(sequence.map((x) => x.countryCode)).toEqual(['ca', 'be', 'au', 'at']);
  });

  for (const layout of ['round', 'horseshoe', 'rectangular'] as const) {
    it(`puts the co-chairs at the head of a ${layout} table and alternates right and left`, () => {
      const seats = placeSeats(layout, 8, 2);
      expect(seats.map((s) => s.side)).toEqual(['head', 'head', 'right', 'left', 'right', 'left', 'right', 'left']);
      // The head is the top of the plan: the co-chairs sit higher than anyone else.
      const lowestHead = Math.max(seats[0].y, seats[1].y);
      expect(seats.slice(2).every((s) => s.y > lowestHead - 1)).toBe(true);
      // Facing the room from the top, the co-chairs' right is the plan's left.
      expect(seats[2].x).toBeLessThan(seats[3].x);
      expect(seats[0].x).toBeLessThan(seats[1].x);
      // No two seats in one place.
      const spots = new Set(seats.map((s) => `${Math.round(s.x)},${Math.round(s.y)}`));
      expect(spots.size).toBe(8);
    });
  }
});
