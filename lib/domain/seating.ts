import type { SEATING_LAYOUT_VALUES } from '@/lib/domain/values';
import { inPrecedenceOrder, type PrecedenceRule } from './precedence';

export type SeatingLayout = (typeof SEATING_LAYOUT_VALUES)[number];

type Seatable = {
  countryCode: string;
  protocolName: string;
  role: 'co_chair' | 'participant';
  manualRank: number | null;
  seatRank: number | null;
};

/**
 * The order in which delegations take their seats: co-chairs, then participants, each in
 * the order of precedence unless the secretariat has swapped seats (then by the stored
 * seat rank, delegations added since placed after, in precedence order). Returns a new array.
 */
export function seatingSequence<T extends Seatable>(delegations: readonly T[], rule: PrecedenceRule): T[] {
  const precedence = inPrecedenceOrder(delegations, rule);
  const rank = (d: T) => d.seatRank ?? Number.POSITIVE_INFINITY;
  return [...precedence].sort((a, b) => {
    const coChairFirst = Number(b.role === 'co_chair') - Number(a.role === 'co_chair');
    return coChairFirst || rank(a) - rank(b) || precedence.indexOf(a) - precedence.indexOf(b);
  });
}

/** Where a seat sits relative to the co-chairs, who face the room from the head of the table. */
export type SeatSide = 'head' | 'right' | 'left';

export type SeatPlacement = {
  /** 1 for the first seat of the sequence. */
  number: number;
  side: SeatSide;
  x: number;
  y: number;
  /** Unit vector pointing away from the table: where the label goes. */
  nx: number;
  ny: number;
};

type Point = { x: number; y: number; nx: number; ny: number };
/** A path around the table; t runs 0 → 1, and t = 0.5 is the middle of the head. */
type Path = { closed: boolean; at: (t: number) => Point };

export const PLAN_WIDTH = 1000;
export const PLAN_HEIGHT = 700;
const CX = PLAN_WIDTH / 2;
const CY = 360;

/** Walks along straight and curved pieces by arc length. */
function piecewise(pieces: { length: number; at: (s: number) => Point }[], closed: boolean): Path {
  const total = pieces.reduce((sum, p) => sum + p.length, 0);
  return {
    closed,
    at(t) {
      let s = (((t % 1) + 1) % 1) * total;
      if (!closed) s = Math.min(Math.max(t, 0), 1) * total;
      for (const piece of pieces) {
        if (s <= piece.length) return piece.at(s);
        s -= piece.length;
      }
      const last = pieces[pieces.length - 1];
      return last.at(last.length);
    },
  };
}

const line = (x0: number, y0: number, x1: number, y1: number, nx: number, ny: number) => {
  const length = Math.hypot(x1 - x0, y1 - y0);
  return { length, at: (s: number) => ({ x: x0 + ((x1 - x0) * s) / length, y: y0 + ((y1 - y0) * s) / length, nx, ny }) };
};

/** An arc around (cx, cy) from angle a0 to a1 (radians, SVG's y-down sense). */
const arc = (cx: number, cy: number, r: number, a0: number, a1: number) => ({
  length: Math.abs(a1 - a0) * r,
  at: (s: number) => {
    const a = a0 + ((a1 - a0) * s) / (Math.abs(a1 - a0) * r);
    return { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a), nx: Math.cos(a), ny: Math.sin(a) };
  },
});

/** The table's outline for the drawing, and the line the seats stand on (a little outside it). */
export const TABLE = {
  round: { radius: 190, seatRadius: 245 },
  horseshoe: { radius: 170, seatRadius: 225, armTop: 300, armBottom: 640, halfWidth: 170, seatHalfWidth: 225 },
  rectangular: { halfWidth: 250, halfHeight: 170, seatGap: 55 },
} as const;

function seatPath(layout: SeatingLayout): Path {
  if (layout === 'round') {
    const r = TABLE.round.seatRadius;
    // From the bottom, round by the plan's left (the co-chairs' right) to the head at the top.
    return piecewise([arc(CX, CY, r, Math.PI / 2, Math.PI / 2 + 2 * Math.PI)], true);
  }
  if (layout === 'horseshoe') {
    const { seatHalfWidth: w, armTop, armBottom } = TABLE.horseshoe;
    return piecewise(
      [
        line(CX - w, armBottom, CX - w, armTop, -1, 0),
        arc(CX, armTop, w, Math.PI, 2 * Math.PI),
        line(CX + w, armTop, CX + w, armBottom, 1, 0),
      ],
      false,
    );
  }
  const { halfWidth, halfHeight, seatGap } = TABLE.rectangular;
  const w = halfWidth + seatGap;
  const h = halfHeight + seatGap;
  return piecewise(
    [
      line(CX, CY + h, CX - w, CY + h, 0, 1),
      line(CX - w, CY + h, CX - w, CY - h, -1, 0),
      line(CX - w, CY - h, CX + w, CY - h, 0, -1),
      line(CX + w, CY - h, CX + w, CY + h, 1, 0),
      line(CX + w, CY + h, CX, CY + h, 0, 1),
    ],
    true,
  );
}

/**
 * Places `count` seats around a table of `layout`: the first `coChairs` of the sequence at
 * the head, then the others alternately to the co-chairs' right and left (drawn on the
 * plan's left and right, as the co-chairs face the room), in sequence order. Returns one
 * placement per seat, in sequence order.
 */
export function placeSeats(layout: SeatingLayout, count: number, coChairs: number): SeatPlacement[] {
  if (count === 0) return [];
  const head = Math.min(coChairs, count);
  // Seats in order along the path: …, 5, 3, 1st participant, co-chairs…, 2nd participant, 4, …
  const right: number[] = [];
  const left: number[] = [];
  for (let i = head; i < count; i++) ((i - head) % 2 === 0 ? right : left).push(i);
  const alongPath = [...right.reverse(), ...Array.from({ length: head }, (_, i) => i), ...left];
  const middle = head > 0 ? right.length + (head - 1) / 2 : (count - 1) / 2;
  const path = seatPath(layout);
  const step = path.closed ? 1 / count : 1 / (count + 1);
  const placements: SeatPlacement[] = new Array(count);
  alongPath.forEach((seat, index) => {
    const point = path.at(0.5 + (index - middle) * step);
    placements[seat] = {
      number: seat + 1,
      side: seat < head ? 'head' : (seat - head) % 2 === 0 ? 'right' : 'left',
      ...point,
    };
  });
  return placements;
}
