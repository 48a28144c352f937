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

  it('keeps showing the same changes on a reload with nothing new', () => {
    expect(nextVisit({ seenBefore: at(0), seenLast: at(10) }, at(12), at(5))).toEqual({
      store: { seenBefore: at(0), seenLast: at(12) },
      since: at(0),
    });
  });

  it('shows nothing changed when nothing changed since the only earlier load', () => {
    expect(nextVisit({ seenBefore: null, seenLast: at(0) }, at(3), null).since).toEqual(at(0));
  });

  it('rolls again at the next change', () => {
    expect(nextVisit({ seenBefore: at(0), seenLast: at(12) }, at(20), at(15)).since).toEqual(at(12));
  });
});
