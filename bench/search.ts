// Search latency over 5,000 position statements in a temporary database: the demo meeting,
// then statements written in bulk (the FTS5 triggers index them as they are inserted), then
// a set of searches by viewers of each kind, with and without filters.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { closeDb } from '@/db/client';
import { getMeeting } from '@/db/queries/meetings';
import { searchPositions, type SearchRequest } from '@/db/queries/position-search';
import { demoDatabase, viewerFor } from '@/test/database';
import { latencyFigures, type Benchmark, type Figure } from './figures';
import { addPositionStatements } from './scale-seed';

const STATEMENTS = 5_000;
const ROUNDS = 15;

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

export const searchBenchmark: Benchmark = {
  name: 'search',
  async run(): Promise<Figure[]> {
    addPositionStatements(await demoDatabase(), STATEMENTS);
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
