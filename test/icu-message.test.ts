import { describe, expect, it } from 'vitest';
import { parseMessage } from './icu-message';

describe('parseMessage', () => {
  it("keeps a message's own words and the branches' words, and names its arguments", () => {
    const { text, args } = parseMessage('{count, plural, =0 {No amendment by {delegation}} one {# amendment} other {# amendments}} on <b>{title}</b>, {at, date, short}');
    expect(text.split(/\s+/).filter(Boolean)).toEqual(['No', 'amendment', 'by', 'amendment', 'amendments', 'on', ',']);
    expect(args).toEqual(['at', 'count', 'delegation', 'title']);
  });

  it('reads a select whose branches are single words as words, not arguments', () => {
    expect(parseMessage('was {status, select, accepted {accepted} other {rejected}}')).toEqual({ text: expect.stringMatching(/^was\s+accepted\s+rejected\s*$/), args: ['status'] });
  });
});
