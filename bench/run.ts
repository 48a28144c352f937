// `npm run bench`: the one entry point for performance figures. Each capability adds its
// module to BENCHMARKS; this prints every figure in one table and writes bench/results.json.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Benchmark, Figure } from './figures';
import { pdfBenchmark } from './pdf';
import { searchBenchmark } from './search';

const BENCHMARKS: Benchmark[] = [searchBenchmark, pdfBenchmark];

async function main() {
  const results: Record<string, Figure[]> = {};
  for (const benchmark of BENCHMARKS) {
    process.stderr.write(`Running ${benchmark.name}…\n`);
    results[benchmark.name] = await benchmark.run();
  }
  const rows = Object.entries(results).flatMap(([name, figures]) =>
    figures.map((f) => [name, f.measure, String(f.value), f.unit]),
  );
  const header = ['benchmark', 'measure', 'value', 'unit'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
  const file = path.join(import.meta.dirname, 'results.json');
  writeFileSync(file, `${JSON.stringify({ ranAt: new Date().toISOString(), node: process.version, results }, null, 2)}\n`);
  console.log(`\nWritten to ${path.relative(process.cwd(), file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
