import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatPreciseTime, formatSortableTime, formatTime, formatTimeSpan, formatViewerSpan, zoneLabel } from './format-time';

const opening = new Date('2018-01-16T17:00:00Z'); // 09:00 in Vancouver

describe('times in the meeting zone', () => {
  it('shows an instant in the named zone, in protocol style', () => {
    expect(formatTime(opening, 'America/Vancouver', 'en')).toBe('09:00');
    expect(formatTime(opening, 'Asia/Seoul', 'en')).toBe('02:00');
    expect(formatDate(opening, 'America/Vancouver', 'en')).toBe('16 January 2018');
    expect(formatDate(opening, 'Asia/Seoul', 'fr')).toBe('17 janvier 2018');
    expect(formatDateTime(opening, 'America/Vancouver', 'en')).toBe('Tuesday, 16 January 2018 at 09:00');
  });

  it('shows seconds where order matters, and a sortable form for files', () => {
    const late = new Date('2018-01-17T07:59:05Z');
    expect(formatPreciseTime(late, 'America/Vancouver', 'en')).toBe('16 Jan 2018, 23:59:05');
    expect(formatPreciseTime(late, 'America/Vancouver', 'fr')).toBe('16 janv. 2018, 23:59:05');
    expect(formatSortableTime(late, 'America/Vancouver')).toBe('2018-01-16 23:59:05');
    expect(formatSortableTime(late, 'UTC')).toBe('2018-01-17 07:59:05');
  });

  it('labels the zone with its name at that date, so daylight saving shows', () => {
    expect(zoneLabel('America/Vancouver', 'en', opening)).toBe('Pacific Standard Time (America/Vancouver)');
    expect(zoneLabel('America/Vancouver', 'en', new Date('2018-07-16T17:00:00Z'))).toBe(
      'Pacific Daylight Time (America/Vancouver)',
    );
  });
});

describe('a meeting in Vancouver read from Seoul', () => {
  const VANCOUVER = 'America/Vancouver';
  const SEOUL = 'Asia/Seoul';
  const opening = { start: new Date('2018-01-16T16:30:00Z'), end: new Date('2018-01-16T17:00:00Z') };

  it('shows the meeting clock and, beside it, the Seoul clock on the next calendar day', () => {
    expect(formatTimeSpan(opening.start, opening.end, VANCOUVER, 'en')).toBe('08:30–09:00');
    expect(formatViewerSpan(opening.start, opening.end, VANCOUVER, SEOUL, 'en')).toBe(
      'Wed 17 Jan, 01:30–02:00 (Korean Standard Time)',
    );
    expect(formatViewerSpan(opening.start, opening.end, VANCOUVER, SEOUL, 'fr')).toBe(
      'mer. 17 janv., 01:30\u2009–\u200902:00 (heure normale de la Corée)',
    );
  });

  it('says nothing more to a viewer whose clock reads as the meeting’s', () => {
    expect(formatViewerSpan(opening.start, opening.end, VANCOUVER, VANCOUVER, 'en')).toBeNull();
    expect(formatViewerSpan(opening.start, opening.end, VANCOUVER, 'America/Los_Angeles', 'en')).toBeNull();
  });

  it('keeps both clocks right across the night Vancouver springs forward (11 March 2018)', () => {
    // 01:30 PST to 03:30 PDT is one hour; Seoul keeps no daylight saving.
    const start = new Date('2018-03-11T09:30:00Z');
    const end = new Date('2018-03-11T10:30:00Z');
    expect(formatTimeSpan(start, end, VANCOUVER, 'en')).toBe('01:30 GMT-8 – 03:30 GMT-7');
    expect(formatViewerSpan(start, end, VANCOUVER, SEOUL, 'en')).toBe('Sun 11 Mar, 18:30–19:30 (Korean Standard Time)');
    expect(zoneLabel(VANCOUVER, 'en', start)).toBe('Pacific Standard Time (America/Vancouver)');
    expect(zoneLabel(VANCOUVER, 'en', end)).toBe('Pacific Daylight Time (America/Vancouver)');
  });

  it('keeps both clocks right across the night Vancouver falls back (4 November 2018)', () => {
    // 01:30 PDT to 02:00 PST is an hour and a half.
    const start = new Date('2018-11-04T08:30:00Z');
    const end = new Date('2018-11-04T10:00:00Z');
    expect(formatTimeSpan(start, end, VANCOUVER, 'en')).toBe('01:30 GMT-7 – 02:00 GMT-8');
    expect(formatViewerSpan(start, end, VANCOUVER, SEOUL, 'en')).toBe('Sun 4 Nov, 17:30–19:00 (Korean Standard Time)');
  });

  it('marks the viewer’s own clock change too (London, 25 March 2018)', () => {
    const start = new Date('2018-03-25T00:30:00Z');
    const end = new Date('2018-03-25T01:30:00Z');
    expect(formatTimeSpan(start, end, VANCOUVER, 'en')).toBe('17:30–18:30');
    expect(formatViewerSpan(start, end, VANCOUVER, 'Europe/London', 'en')).toBe(
      'Sun 25 Mar, 00:30 GMT+0 – Sun 25 Mar, 02:30 GMT+1 (United Kingdom Time)',
    );
  });

  it('names the zone of a whole programme without a season', () => {
    expect(zoneLabel(VANCOUVER, 'en', opening.start, 'generic')).toBe('Pacific Time (America/Vancouver)');
  });
});
