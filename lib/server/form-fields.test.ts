import { describe, expect, it } from 'vitest';
import { delegationCodeField, idListField } from './form-fields';

describe('idListField', () => {
  it('reads the ids a page showed, in their order', () => {
    expect(idListField.parse('12,7,9')).toEqual([12, 7, 9]);
    expect(idListField.parse('')).toEqual([]);
  });

  it('refuses a list with an id not written as the app writes ids', () => {
    for (const list of ['12,abc', '1e0,2', '0x1', '3,-1', '4,0']) {
      const parsed = idListField.safeParse(list);
      expect(parsed.success, list).toBe(false);
      expect(parsed.error?.issues[0].message, list).toBe('invalidInput');
    }
  });
});

describe('delegationCodeField', () => {
  it("takes a state's two-letter code and names a wrong one with the form's message", () => {
    expect(delegationCodeField('chooseSeat').parse('jp')).toBe('jp');
    expect(delegationCodeField('chooseSeat').safeParse('JPN').error?.issues[0].message).toBe('chooseSeat');
    expect(delegationCodeField().safeParse('j').error?.issues[0].message).toBe('invalidInput');
  });
});
