import { describe, expect, it } from 'vitest';
import { chronologicalIndex, precedenceIndex, sameRoomOverlaps } from './agenda-rules';

const at = (hhmm: string, day = 16) => new Date(`2018-01-${day}T${hhmm}:00-08:00`);

describe('the programme’s ordering and room rules', () => {
  const order = [
    { id: 1, startsAt: at('18:00', 15) },
    { id: 2, startsAt: at('09:00') },
    { id: 3, startsAt: at('08:30') }, // moved by hand after item 2
    { id: 4, startsAt: at('11:00') },
  ];

  it('places a new item after the last one starting no later, keeping hand-made order within the day', () => {
    expect(chronologicalIndex(order, at('14:00', 15))).toBe(0);
    expect(chronologicalIndex(order, at('08:45'))).toBe(3);
    expect(chronologicalIndex(order, at('09:00'))).toBe(3);
    expect(chronologicalIndex(order, at('10:00'))).toBe(3);
    expect(chronologicalIndex(order, at('16:00'))).toBe(4);
    expect(chronologicalIndex([], at('16:00'))).toBe(0);
  });

  it('warns of items in the same room at overlapping times only', () => {
    const session = { id: 1, location: 'Coal Harbour Ballroom', startsAt: at('09:00'), endsAt: at('10:45') };
    const others = [
      { id: 2, location: ' coal harbour ballroom ', startsAt: at('10:30'), endsAt: at('11:00') },
      { id: 3, location: 'Coal Harbour Ballroom', startsAt: at('10:45'), endsAt: at('12:00') },
      { id: 4, location: 'Press Theatre', startsAt: at('09:00'), endsAt: at('10:00') },
      { id: 5, location: 'Coal Harbour Ballroom', startsAt: at('08:00'), endsAt: at('09:00') },
      { ...session },
    ];
    expect(sameRoomOverlaps(session, others).map((o) => o.id)).toEqual([2]);
    expect(sameRoomOverlaps({ ...session, location: '' }, [{ ...others[0], location: '' }])).toEqual([]);
  });

  it('puts a new speaker after the last one who precedes it', () => {
    expect(precedenceIndex([], 5)).toBe(0);
    expect(precedenceIndex([1, 3, 7], 5)).toBe(2);
    expect(precedenceIndex([1, 3, 7], 0)).toBe(0);
    // Reordered by hand: 7 was moved ahead of 3; 5 still comes after 3.
    expect(precedenceIndex([7, 1, 3, 9], 5)).toBe(3);
  });
});
