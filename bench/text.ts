// Deterministic filler text for the benchmarks' bulk data: every run measures the same
// words, drawn from the meeting's own vocabulary so that searches find realistic matches.

const VOCABULARY = (
  'sanctions implementation pressure dialogue diplomacy denuclearization verifiable irreversible ' +
  'maritime interdiction vessels transfers petroleum coal exports workers revenue financial banks ' +
  'resolution council committee panel experts reporting capacity enforcement inspection cargo flag ' +
  'registry insurance shipping ports coastal surveillance information sharing regional security ' +
  'missile nuclear programme threat peninsula talks olympic games coordination partners engagement ' +
  'humanitarian abductions human rights settlement negotiation credible steps concrete measures ' +
  'national autonomous restrictive investment remittances proliferation technology networks evasion'
).split(' ');

const FILLER = 'the of and to in a that we our all its with for on as is be by this are will'.split(' ');

/** A small seeded generator (mulberry32) returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** One of `items`, chosen by `next`. */
export function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)];
}

/** A sentence of `words` words, about half of them from the meeting's vocabulary. */
export function sentence(next: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pick(next, next() < 0.45 ? VOCABULARY : FILLER));
  return `${out.join(' ')}.`;
}
