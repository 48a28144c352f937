import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTime, zoneLabel } from './format-time';

const opening = new Date('2018-01-16T17:00:00Z'); // 09:00 in Vancouver

describe('times in the meeting zone', () => {
  it('shows an instant in the named zone, in protocol style', () => {
    expect(formatTime(opening, 'America/Vancouver', 'en')).toBe('09:00');
    expect(formatTime(opening, 'Asia/Seoul', 'en')).toBe('02:00');
    expect(formatDate(opening, 'America/Vancouver', 'en')).toBe('16 January 2018');
    expect(formatDate(opening, 'Asia/Seoul', 'fr')).toBe('17 janvier 2018');
    expect(formatDateTime(opening, 'America/Vancouver', 'en')).toBe('Tuesday, 16 January 2018 at 09:00');
  });

  it('labels the zone with its name at that date, so daylight saving shows', () => {
    expect(zoneLabel('America/Vancouver', 'en', opening)).toBe('Pacific Standard Time (America/Vancouver)');
    expect(zoneLabel('America/Vancouver', 'en', new Date('2018-07-16T17:00:00Z'))).toBe(
      'Pacific Daylight Time (America/Vancouver)',
    );
  });
});
