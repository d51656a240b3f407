import { cpus, loadavg } from 'node:os';

/** Median of the runs (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** One result line: runs, median, the target and OK/OVER. */
export function reportLine(label: string, runs: readonly number[], targetMs: number): string {
  const m = median(runs);
  const verdict = m < targetMs ? 'OK' : 'OVER';
  const list = runs.map((r) => r.toFixed(0)).join(', ');
  return `${label}: median ${m.toFixed(0)} ms (runs ${list}; target < ${targetMs} ms) ${verdict}`;
}

/** Timings scale with contention: print how busy the machine was, to read the figures against. */
export function machineLine(): string {
  const [one, five] = loadavg();
  return `machine: ${cpus().length} cores, load average ${one?.toFixed(1)} (1 min) / ${five?.toFixed(1)} (5 min)`;
}
