/** Closed-loop HTTP load: `concurrency` clients, each sending its next request when the last one answered. */
import { percentile } from './results';

export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Answers that were not 2xx (the figures still include them, so they are reported). */
  failures: number;
  firstFailure?: string;
}

/** Each URL is requested once, in order, spread over the clients; bodies are read in full. */
export async function runLoad(
  urls: readonly string[],
  concurrency: number,
  headers: Record<string, string>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  let firstFailure: string | undefined;
  const started = performance.now();
  const client = async () => {
    for (let i = next++; i < urls.length; i = next++) {
      const url = urls[i] as string;
      const t0 = performance.now();
      try {
        const res = await fetch(url, { headers });
        const body = await res.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (res.status < 200 || res.status > 299) {
          failures += 1;
          firstFailure ??= `${res.status} ${url}: ${Buffer.from(body).toString('utf8').slice(0, 200)}`;
        }
      } catch (error) {
        // A refused or dropped connection is a failed request, not the end of the run.
        failures += 1;
        const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
        firstFailure ??= `${error instanceof Error ? error.message : String(error)}${cause} (${url})`;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, client));
  const seconds = (performance.now() - started) / 1000;
  return {
    requests: urls.length,
    seconds,
    perSecond: urls.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    failures,
    ...(firstFailure ? { firstFailure } : {}),
  };
}

/** `count` URLs cycling through `pool`. */
export function cycle(pool: readonly string[], count: number): string[] {
  if (pool.length === 0) throw new Error('no URLs to request');
  return Array.from({ length: count }, (_, i) => pool[i % pool.length] as string);
}
