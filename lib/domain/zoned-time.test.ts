import { describe, expect, it } from 'vitest';
import { addCalendarDays, calendarDaysBetween, fromLocalDateTime, localInputToInstant, toLocalDate, toLocalDateTime, zoneOffsetMs } from './zoned-time';

const HOUR = 3_600_000;
const VANCOUVER = 'America/Vancouver';
const SEOUL = 'Asia/Seoul';

describe('wall-clock times in a named zone', () => {
  it('reads a Vancouver morning in January as Pacific Standard Time (UTC-8)', () => {
    expect(fromLocalDateTime('2018-01-16T09:00', VANCOUVER)).toEqual({
      kind: 'unique',
      instant: new Date('2018-01-16T17:00:00Z'),
    });
    expect(zoneOffsetMs(VANCOUVER, new Date('2018-01-16T17:00:00Z'))).toBe(-8 * HOUR);
  });

  it('reads the same wall-clock time in Seoul nine hours ahead of UTC, all year', () => {
    expect(fromLocalDateTime('2018-01-17T02:00', SEOUL)).toEqual({
      kind: 'unique',
      instant: new Date('2018-01-16T17:00:00Z'),
    });
    expect(zoneOffsetMs(SEOUL, new Date('2018-07-01T00:00:00Z'))).toBe(9 * HOUR);
  });

  it('writes an instant back as the datetime-local value and the calendar date of the zone', () => {
    const opening = new Date('2018-01-16T16:30:00Z');
    expect(toLocalDateTime(opening, VANCOUVER)).toBe('2018-01-16T08:30');
    expect(toLocalDateTime(opening, SEOUL)).toBe('2018-01-17T01:30');
    expect(toLocalDate(new Date('2018-01-16T07:59:00Z'), VANCOUVER)).toBe('2018-01-15');
    expect(toLocalDate(new Date('2018-01-16T08:00:00Z'), VANCOUVER)).toBe('2018-01-16');
  });

  it('knows 02:30 on 11 March 2018 never happened in Vancouver (clocks jumped from 02:00 to 03:00)', () => {
    expect(fromLocalDateTime('2018-03-11T02:30', VANCOUVER)).toEqual({ kind: 'skipped' });
    expect(fromLocalDateTime('2018-03-11T01:59', VANCOUVER)).toEqual({
      kind: 'unique',
      instant: new Date('2018-03-11T09:59:00Z'),
    });
    expect(fromLocalDateTime('2018-03-11T03:00', VANCOUVER)).toEqual({
      kind: 'unique',
      instant: new Date('2018-03-11T10:00:00Z'),
    });
    // The same wall-clock time in Seoul, which keeps no daylight saving, is ordinary.
    expect(fromLocalDateTime('2018-03-11T02:30', SEOUL).kind).toBe('unique');
  });

  it('knows 01:30 on 4 November 2018 happened twice in Vancouver and takes the first by default', () => {
    expect(fromLocalDateTime('2018-11-04T01:30', VANCOUVER)).toEqual({
      kind: 'repeated',
      instant: new Date('2018-11-04T08:30:00Z'),
      later: new Date('2018-11-04T09:30:00Z'),
    });
    expect(toLocalDateTime(new Date('2018-11-04T08:30:00Z'), VANCOUVER)).toBe('2018-11-04T01:30');
    expect(toLocalDateTime(new Date('2018-11-04T09:30:00Z'), VANCOUVER)).toBe('2018-11-04T01:30');
  });

  it('refuses what is not a wall-clock time', () => {
    for (const bad of ['', '2018-01-16', '2018-02-30T09:00', '2018-01-16T24:00', '2018-01-16 09:00', '2018-01-16T09:60']) {
      expect(fromLocalDateTime(bad, VANCOUVER), bad).toEqual({ kind: 'invalid' });
    }
  });
});

describe('form inputs on the meeting clock', () => {
  it('reads a wall-clock time in the meeting zone as a UTC instant, and back', () => {
    const instant = localInputToInstant('2018-01-16T09:00', 'America/Vancouver');
    expect(instant?.toISOString()).toBe('2018-01-16T17:00:00.000Z');
    expect(toLocalDateTime(instant!, 'America/Vancouver')).toBe('2018-01-16T09:00');
    expect(localInputToInstant('2018-01-16 09:00', 'Asia/Tokyo')?.toISOString()).toBe('2018-01-16T00:00:00.000Z');
  });

  it('follows daylight saving time', () => {
    expect(localInputToInstant('2018-07-01T09:00', 'America/Vancouver')?.toISOString()).toBe('2018-07-01T16:00:00.000Z');
  });

  it('refuses what is not a date and time', () => {
    expect(localInputToInstant('16/01/2018 09:00', 'America/Vancouver')).toBeNull();
    expect(localInputToInstant('2018-02-30T09:00', 'America/Vancouver')).toBeNull();
    expect(localInputToInstant('2018-01-16T25:00', 'America/Vancouver')).toBeNull();
  });
});

describe('calendar days', () => {
  it('moves a clock time by whole days across month, year and leap-day boundaries', () => {
    expect(addCalendarDays('2018-01-16T09:00', 365)).toBe('2019-01-16T09:00');
    expect(addCalendarDays('2020-02-28T23:30', 1)).toBe('2020-02-29T23:30');
    expect(addCalendarDays('2019-03-01T08:00', -1)).toBe('2019-02-28T08:00');
  });

  it('counts the days from one date to another, whatever the clocks do in between', () => {
    expect(calendarDaysBetween('2018-01-15', '2019-01-14')).toBe(364);
    // Vancouver moved its clocks on 11 March 2018: still one day, not 23 hours.
    expect(calendarDaysBetween('2018-03-10', '2018-03-11')).toBe(1);
    expect(calendarDaysBetween('2018-01-16', '2018-01-15')).toBe(-1);
  });
});
