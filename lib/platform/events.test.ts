import { describe, expect, it } from 'vitest';
import { changePayload, type MeetingEvent } from './events';

const proposed: MeetingEvent = {
  id: 7,
  meetingId: 1,
  topic: 'document',
  recordId: 3,
  kind: 'amendment_proposed',
  detail: { paragraphId: 11, amendmentId: 5, actor: { userId: 42, delegation: 'Japan' } },
  at: 0,
};

describe('changePayload', () => {
  it('tells the stream of the document who changed what, and whether it was the viewer', () => {
    expect(changePayload(proposed, { documentId: 3, userId: 9 })).toEqual({
      kind: 'amendment_proposed',
      paragraphId: 11,
      amendmentId: 5,
      by: 'Japan',
      mine: false,
    });
    expect(changePayload(proposed, { documentId: 3, userId: 42 })).toMatchObject({ mine: true });
  });

  it('never names the acting account', () => {
    expect(JSON.stringify(changePayload(proposed, { documentId: 3, userId: 9 }))).not.toContain('42');
  });

  it('tells the meeting-wide stream only that something changed', () => {
    expect(changePayload(proposed, { documentId: null, userId: 9 })).toEqual({ kind: 'amendment_proposed' });
  });

  it('keeps the details of one document from the stream of another', () => {
    expect(changePayload(proposed, { documentId: 4, userId: 9 })).toEqual({ kind: 'amendment_proposed' });
  });

  it('says only the kind of an event without details', () => {
    expect(changePayload({ ...proposed, detail: undefined }, { documentId: 3, userId: 9 })).toEqual({ kind: 'amendment_proposed' });
  });
});
