// `npm run bench`: the one entry point for performance figures. Each capability adds its
// module to BENCHMARKS; this prints every figure in one table, writes bench/results.json,
// and writes the same table as Markdown (bench/results.md) for bench/README.md.
// `npm run bench -- server` runs only the named benchmarks.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Benchmark, Figure } from './figures';
import { pdfBenchmark } from './pdf';
import { searchBenchmark } from './search';
import { documentBenchmark, serverBenchmark } from './server';

const BENCHMARKS: Benchmark[] = [searchBenchmark, pdfBenchmark, documentBenchmark, serverBenchmark];

/** The machine the figures came from: they mean little without it. */
function machine() {
  return {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

function targetCell(f: Figure): string {
  if (f.target === undefined) return '';
  return `${f.target} ${f.met ? 'met' : 'MISSED'}`;
}

function asMarkdown(results: Record<string, Figure[]>, ranAt: string, host: ReturnType<typeof machine>): string {
  const rows = Object.entries(results).flatMap(([name, figures]) =>
    figures.map((f) => `| ${name} | ${f.measure} | ${f.value} | ${f.unit} | ${targetCell(f)} |`),
  );
  return [
    `Measured ${ranAt.slice(0, 10)} on ${host.cores} cores (${host.cpu}), ${host.memoryGb} GB, Node ${host.node}, ${host.platform}.`,
    '',
    '| benchmark | measure | value | unit | target |',
    '|---|---|--:|---|---|',
    ...rows,
    '',
  ].join('\n');
}

async function main() {
  const only = process.argv.slice(2);
  const chosen = only.length ? BENCHMARKS.filter((b) => only.includes(b.name)) : BENCHMARKS;
  if (chosen.length === 0) throw new Error(`no benchmark named ${only.join(', ')}; there are ${BENCHMARKS.map((b) => b.name).join(', ')}`);
  const results: Record<string, Figure[]> = {};
  for (const benchmark of chosen) {
    process.stderr.write(`Running ${benchmark.name}…\n`);
    results[benchmark.name] = await benchmark.run();
  }
  const rows = Object.entries(results).flatMap(([name, figures]) =>
    figures.map((f) => [name, f.measure, String(f.value), f.unit, targetCell(f)]),
  );
  const header = ['benchmark', 'measure', 'value', 'unit', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
  const ranAt = new Date().toISOString();
  const host = machine();
  const json = path.join(import.meta.dirname, 'results.json');
  writeFileSync(json, `${JSON.stringify({ ranAt, machine: host, results }, null, 2)}\n`);
  const markdown = path.join(import.meta.dirname, 'results.md');
  writeFileSync(markdown, asMarkdown(results, ranAt, host));
  console.log(`\nWritten to ${path.relative(process.cwd(), json)} and ${path.relative(process.cwd(), markdown)} (paste the latter into bench/README.md).`);
  const missed = Object.values(results).flat().filter((f) => f.met === false);
  if (missed.length) console.log(`\nTargets missed: ${missed.map((f) => f.measure).join('; ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
