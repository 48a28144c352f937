import { describe, expect, it } from 'vitest';
import { instantToZonedInput, zonedInputToInstant } from './zoned-input';

describe('local times in the meeting zone', () => {
  it('reads a wall-clock time in the meeting zone as a UTC instant, and back', () => {
    const instant = zonedInputToInstant('2018-01-16T09:00', 'America/Vancouver');
    expect(instant?.toISOString()).toBe('2018-01-16T17:00:00.000Z');
    expect(instantToZonedInput(instant!, 'America/Vancouver')).toBe('2018-01-16T09:00');
    expect(zonedInputToInstant('2018-01-16 09:00', 'Asia/Tokyo')?.toISOString()).toBe('2018-01-16T00:00:00.000Z');
  });

  it('follows daylight saving time', () => {
    expect(zonedInputToInstant('2018-07-01T09:00', 'America/Vancouver')?.toISOString()).toBe('2018-07-01T16:00:00.000Z');
  });

  it('refuses what is not a date and time', () => {
    expect(zonedInputToInstant('16/01/2018 09:00', 'America/Vancouver')).toBeNull();
    expect(zonedInputToInstant('2018-02-30T09:00', 'America/Vancouver')).toBeNull();
    expect(zonedInputToInstant('2018-01-16T25:00', 'America/Vancouver')).toBeNull();
  });
});
