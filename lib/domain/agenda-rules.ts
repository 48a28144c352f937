/**
 * The programme's ordering and room rules, as plain functions of the items, so the data
 * layer and the pages apply the same ones.
 */

type Timed = { id: number; startsAt: Date };

/**
 * Where a new item starting at `startsAt` goes in the programme (`order`: items in their
 * order): right after the last item that starts no later, so days stay together and in
 * date order, while the secretariat's hand-made order within a day is kept.
 */
export function chronologicalIndex(order: readonly Timed[], startsAt: Date): number {
  let index = 0;
  order.forEach((item, i) => {
    if (item.startsAt.getTime() <= startsAt.getTime()) index = i + 1;
  });
  return index;
}

type Placed = { id: number; location: string; startsAt: Date; endsAt: Date };

const room = (location: string) => location.trim().toLocaleLowerCase('en');

/**
 * The items held in the same room as `item` at an overlapping time. Back-to-back items
 * (one ends as the next starts) do not overlap; items without a location never do. A
 * warning for the secretariat, never a refusal: a room may be shared on purpose.
 */
export function sameRoomOverlaps<T extends Placed>(item: Placed, others: readonly T[]): T[] {
  if (!room(item.location)) return [];
  return others.filter(
    (other) =>
      other.id !== item.id &&
      room(other.location) === room(item.location) &&
      other.startsAt.getTime() < item.endsAt.getTime() &&
      item.startsAt.getTime() < other.endsAt.getTime(),
  );
}

/**
 * Where a new speaker goes in a list: right after the last speaker who comes before it
 * in the order of precedence (`rank`, lower first). A list built only from requests is
 * thus in the order of precedence, and a new request never jumps ahead of a delegation
 * that precedes it, whatever order the secretariat gave the list.
 */
export function precedenceIndex(listRanks: readonly number[], rank: number): number {
  let index = 0;
  listRanks.forEach((listed, i) => {
    if (listed < rank) index = i + 1;
  });
  return index;
}
