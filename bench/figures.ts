/** One measured number of a benchmark, as `npm run bench` prints it and bench/results.json keeps it. */
export type Figure = {
  measure: string;
  value: number;
  unit: string;
  /** The goal the issue sets for this figure, as printed (e.g. "< 250"), and whether it is met. */
  target?: string;
  met?: boolean;
};

/** A benchmark module: a name and a function that measures and returns its figures. */
export type Benchmark = { name: string; run: () => Promise<Figure[]> | Figure[] };

/** The `q` quantile (0–1) of samples, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Rounded to three decimals, as figures are kept. */
export const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** Median and 95th percentile of latencies in milliseconds, labelled with `what`. */
export function latencyFigures(what: string, samplesMs: readonly number[]): Figure[] {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return [
    { measure: `${what}: median`, value: round(quantile(sorted, 0.5)), unit: 'ms' },
    { measure: `${what}: p95`, value: round(quantile(sorted, 0.95)), unit: 'ms' },
    { measure: `${what}: samples`, value: sorted.length, unit: 'runs' },
  ];
}
