import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { subscribe, type MeetingEvent } from '@/lib/platform/events';
import { ANNOUNCE_DELAY_MS, joinDocument, presenceSummary } from './presence';

const MEETING = 9001;
const DOCUMENT = 9002;

describe('presence on a document', () => {
  let announced: MeetingEvent[];
  let stopListening: () => void;
  beforeEach(() => {
    vi.useFakeTimers();
    announced = [];
    stopListening = subscribe(MEETING, (event) => announced.push(event));
  });
  afterEach(() => {
    stopListening();
    vi.useRealTimers();
  });

  it('counts open streams by delegation, the secretariat as null, sorted', () => {
    const leaves = [joinDocument(MEETING, DOCUMENT, 'Japan'), joinDocument(MEETING, DOCUMENT, null), joinDocument(MEETING, DOCUMENT, 'Canada'), joinDocument(MEETING, DOCUMENT, 'Japan')];
    expect(JSON.parse(presenceSummary(DOCUMENT))).toEqual([
      [null, 1],
      ['Canada', 1],
      ['Japan', 2],
    ]);
    leaves[0]();
    expect(JSON.parse(presenceSummary(DOCUMENT))).toEqual([
      [null, 1],
      ['Canada', 1],
      ['Japan', 1],
    ]);
    leaves.slice(1).forEach((leave) => leave());
    expect(presenceSummary(DOCUMENT)).toBe('[]');
  });

  it('announces a burst of joins once, after the burst, and each later change again', () => {
    const leaves = Array.from({ length: 500 }, (_, i) => joinDocument(MEETING, DOCUMENT, `Delegation ${i % 20}`));
    expect(announced).toHaveLength(0);
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    expect(announced.map((e) => [e.topic, e.recordId])).toEqual([['presence', DOCUMENT]]);
    // The summary names 20 delegations whatever the number of streams.
    expect(JSON.parse(presenceSummary(DOCUMENT))).toHaveLength(20);

    leaves[0]();
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    expect(announced).toHaveLength(2);
    leaves.slice(1).forEach((leave) => leave());
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    expect(announced).toHaveLength(3);
    expect(presenceSummary(DOCUMENT)).toBe('[]');
  });
});
