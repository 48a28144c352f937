// Search latency over 5,000 position statements in a temporary database: the demo meeting,
// then statements written in bulk (the FTS5 triggers index them as they are inserted), then
// a set of searches by viewers of each kind, with and without filters.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { closeDb } from '@/db/client';
import { getMeeting } from '@/db/queries/meetings';
import { searchPositions, type SearchRequest } from '@/db/queries/position-search';
import * as t from '@/db/schema';
import { demoDatabase, viewerFor } from '@/test/database';
import { latencyFigures, type Benchmark, type Figure } from './figures';

const STATEMENTS = 5_000;
const ROUNDS = 15;

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

/** A small seeded generator, so every run measures the same texts. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function paragraph(next: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const pool = next() < 0.45 ? VOCABULARY : FILLER;
    out.push(pool[Math.floor(next() * pool.length)]);
  }
  return `${out.join(' ')}.`;
}

const QUERIES: SearchRequest[] = [
  { words: 'sanctions' },
  { words: 'maritime interdiction' },
  { words: 'denuclearization verifiable' },
  { words: 'petroleum coal exports' },
  { words: 'abductions' },
  { words: 'transfer' },
  { words: 'pressure', delegation: 'jp' },
  { words: 'dialogue', agendaItem: 'general' },
  { words: 'panel experts reporting' },
  { words: 'nothing-matches-this-word' },
];

async function seedStatements(): Promise<void> {
  const db = await demoDatabase();
  const meeting = db.select({ id: t.meetings.id }).from(t.meetings).get()!;
  const delegations = db.select({ id: t.delegations.id }).from(t.delegations).all();
  const items = db.select({ id: t.agendaItems.id }).from(t.agendaItems).all();
  const next = random(2018);
  const visibilities = ['delegation', 'secretariat', 'circulated'] as const;
  db.$client.transaction(() => {
    for (let n = 0; n < STATEMENTS; n++) {
      const visibility = visibilities[Math.floor(next() * visibilities.length)];
      const { id } = db
        .insert(t.positionStatements)
        .values({
          meetingId: meeting.id,
          delegationId: delegations[n % delegations.length].id,
          agendaItemId: next() < 0.2 ? null : items[Math.floor(next() * items.length)].id,
          title: paragraph(next, 6),
          visibility,
          sharedFromVersion: visibility === 'delegation' ? null : 1,
          circulatedFromVersion: visibility === 'circulated' ? 1 : null,
        })
        .returning({ id: t.positionStatements.id })
        .get();
      const body = Array.from({ length: 2 + Math.floor(next() * 3) }, () => paragraph(next, 40 + Math.floor(next() * 60))).join('\n\n');
      db.insert(t.positionVersions).values({ statementId: id, number: 1, body }).run();
    }
  }).immediate();
}

export const searchBenchmark: Benchmark = {
  name: 'search',
  async run(): Promise<Figure[]> {
    await seedStatements();
    const viewers = ['jp.staff@vancouver.test', 'kr.head@vancouver.test', 'secretariat@vancouver.test'].map(viewerFor);
    const meeting = getMeeting(viewers[0], 'vancouver-2018');
    const samples: number[] = [];
    let matches = 0;
    for (let round = 0; round <= ROUNDS; round++) {
      for (const viewer of viewers) {
        for (const request of QUERIES) {
          const started = performance.now();
          const outcome = searchPositions(viewer, meeting, request);
          const elapsed = performance.now() - started;
          // Round 0 warms the page cache and the prepared statements; it is not counted.
          if (round === 0) continue;
          samples.push(elapsed);
          if (outcome.status === 'found') matches += outcome.total;
        }
      }
    }
    const file = process.env.DATABASE_PATH!;
    closeDb();
    rmSync(path.dirname(file), { recursive: true, force: true });
    return [
      { measure: 'statements indexed', value: STATEMENTS, unit: 'statements' },
      ...latencyFigures('search latency', samples),
      { measure: 'readable matches per search (mean)', value: Math.round(matches / samples.length), unit: 'statements' },
    ];
  },
};
