import { describe, expect, it } from 'vitest';
import { instantToZonedLocal, zonedLocalToInstant } from './zoned-time';

describe('meeting wall-clock times', () => {
  it('reads a local time in the meeting zone, not the server zone', () => {
    expect(zonedLocalToInstant('2018-01-16T09:00', 'America/Vancouver').toISOString()).toBe('2018-01-16T17:00:00.000Z');
    expect(zonedLocalToInstant('2018-01-16T09:00:30', 'Asia/Seoul').toISOString()).toBe('2018-01-16T00:00:30.000Z');
  });

  it('handles daylight saving: summer offset, the spring gap and the autumn overlap', () => {
    expect(zonedLocalToInstant('2018-07-16T09:00', 'America/Vancouver').toISOString()).toBe('2018-07-16T16:00:00.000Z');
    // 02:30 does not exist on 11 March 2018 in Vancouver: it is moved past the gap.
    expect(zonedLocalToInstant('2018-03-11T02:30', 'America/Vancouver').toISOString()).toBe('2018-03-11T10:30:00.000Z');
    // 01:30 happens twice on 4 November 2018: the first (daylight) one is taken.
    expect(zonedLocalToInstant('2018-11-04T01:30', 'America/Vancouver').toISOString()).toBe('2018-11-04T08:30:00.000Z');
  });

  it('writes an instant back as the local value, round trip', () => {
    const instant = new Date('2018-01-16T17:00:00Z');
    expect(instantToZonedLocal(instant, 'America/Vancouver')).toBe('2018-01-16T09:00');
    expect(zonedLocalToInstant(instantToZonedLocal(instant, 'Asia/Seoul'), 'Asia/Seoul')).toEqual(instant);
  });

  it('refuses a malformed value', () => {
    expect(() => zonedLocalToInstant('16/01/2018 09:00', 'America/Vancouver')).toThrow(RangeError);
  });
});
