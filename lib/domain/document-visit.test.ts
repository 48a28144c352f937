import { describe, expect, it } from 'vitest';
import { nextVisit } from './document-visit';

const at = (minute: number) => new Date(Date.UTC(2027, 2, 10, 9, minute));

describe('nextVisit', () => {
  it('compares with nothing on a first visit', () => {
    expect(nextVisit(undefined, at(0), at(5))).toEqual({ store: { seenBefore: null, seenLast: at(0) }, since: null });
  });

  it('counts from the previous load once something changed after it', () => {
    expect(nextVisit({ seenBefore: null, seenLast: at(0) }, at(10), at(5))).toEqual({
      store: { seenBefore: at(0), seenLast: at(10) },
      since: at(0),
    });
  });

  it('keeps showing the same changes on a reload with nothing new, and stores nothing', () => {
    expect(nextVisit({ seenBefore: at(0), seenLast: at(10) }, at(12), at(5))).toEqual({ store: null, since: at(0) });
  });

  it('shows nothing changed when nothing changed since the only earlier load', () => {
    expect(nextVisit({ seenBefore: null, seenLast: at(0) }, at(3), null).since).toEqual(at(0));
  });

  it('rolls again at the next change', () => {
    expect(nextVisit({ seenBefore: at(0), seenLast: at(12) }, at(20), at(15)).since).toEqual(at(12));
  });

  it('counts a change made after reloads that stored nothing from the load before them', () => {
    // Loaded at 10, reloaded at 12 and 14 with nothing new (nothing stored), changed at 15.
    expect(nextVisit({ seenBefore: at(0), seenLast: at(10) }, at(20), at(15))).toEqual({
      store: { seenBefore: at(10), seenLast: at(20) },
      since: at(10),
    });
  });
});
