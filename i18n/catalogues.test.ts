import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { parseMessage } from '@/test/icu-message';

type Catalogue = { [key: string]: string | Catalogue };

/** Every message of the catalogue by its full key ("drafting.amendmentBy"). */
const flatten = (node: Catalogue, prefix = ''): Map<string, string> =>
  new Map(
    Object.entries(node).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value] as const] : [...flatten(value, `${prefix}${key}.`)],
    ),
  );

const english = flatten(en);
const french = flatten(fr);

/** The arguments a message fills in: a translation that drops one loses what it says. */
const argumentsOf = (message: string) => parseMessage(message).args;

describe('the message catalogues', () => {
  it('hold the same keys: none is missing in either language', () => {
    expect([...english.keys()].filter((key) => !french.has(key)), 'missing in fr.json').toEqual([]);
    expect([...french.keys()].filter((key) => !english.has(key)), 'missing in en.json').toEqual([]);
  });

  it('leave no message empty', () => {
    expect([...english, ...french].filter(([, message]) => !message.trim()).map(([key]) => key)).toEqual([]);
  });

  it('fill in the same arguments in both languages', () => {
    const differing = [...english].filter(([key, message]) => french.has(key) && argumentsOf(message).join() !== argumentsOf(french.get(key)!).join());
    expect(differing.map(([key]) => key)).toEqual([]);
  });
});
