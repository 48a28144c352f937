import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatPreciseTime, formatSortableTime, formatTime, zoneLabel } from './format-time';

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
