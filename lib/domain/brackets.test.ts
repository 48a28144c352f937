import { describe, expect, it } from 'vitest';
import { countBrackets, matchBrackets, parseBrackets } from './brackets';

describe('the bracket parser', () => {
  it('splits text into plain runs and brackets with their alternatives', () => {
    expect(parseBrackets('Ministers [called on / urged] all States [to act].')).toEqual({
      ok: true,
      bracketCount: 2,
      segments: [
        { kind: 'text', text: 'Ministers ' },
        { kind: 'bracket', index: 0, alternatives: ['called on', 'urged'] },
        { kind: 'text', text: ' all States ' },
        { kind: 'bracket', index: 1, alternatives: ['to act'] },
        { kind: 'text', text: '.' },
      ],
    });
  });

  it('leaves a slash without spaces inside one alternative ("and/or")', () => {
    const parsed = parseBrackets('[and/or]');
    expect(parsed.ok && parsed.segments).toEqual([{ kind: 'bracket', index: 0, alternatives: ['and/or'] }]);
  });

  it('accepts text without brackets', () => {
    expect(parseBrackets('Agreed text.')).toEqual({ ok: true, bracketCount: 0, segments: [{ kind: 'text', text: 'Agreed text.' }] });
    expect(parseBrackets('')).toEqual({ ok: true, bracketCount: 0, segments: [] });
  });

  it.each([
    ['Ministers [called on', 'unclosed', 10],
    ['Ministers called] on', 'unopened', 16],
    ['[a [b] c]', 'nested', 3],
    ['Ministers [] on', 'empty', 10],
    ['Ministers [   ] on', 'empty', 10],
    ['Ministers [urged / ] on', 'empty', 10],
    ['Ministers [ / urged] on', 'empty', 10],
  ])('refuses %j: %s at %i', (text, error, at) => {
    expect(parseBrackets(text)).toEqual({ ok: false, error, at });
  });

  it('counts brackets', () => {
    expect(countBrackets('[a] b [c / d]')).toBe(2);
    expect(countBrackets('[unbalanced')).toBe(0);
  });

  it('follows brackets across an edit by their content', () => {
    expect(matchBrackets('[a] x [b / c] y [d]', 'new [b / c] text [d] and [e]')).toEqual([1, 2, null]);
    expect(matchBrackets('[a] [a]', '[a]')).toEqual([0]);
  });
});
