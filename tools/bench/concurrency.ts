import { elapsedMs, percentile } from './stats';

export interface LatencySummary {
  readonly requests: number;
  readonly errors: number;
  readonly perSec: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly firstError: string | null;
}

export interface ClientsRun {
  readonly latenciesMs: readonly number[];
  /** The task index each latency belongs to. */
  readonly indexes: readonly number[];
  readonly elapsedMs: number;
  readonly errors: number;
  readonly firstError: string | null;
}

/**
 * `clients` loops share one counter up to `total` tasks, each awaiting its
 * task before taking the next: a closed system of `clients` users, as 10
 * people typing in a search box would be. Only successful tasks are timed.
 */
export async function runClients(
  clients: number,
  total: number,
  task: (i: number) => Promise<void>,
  /** Stop handing out tasks after this long (the tasks under way finish). */
  deadlineMs = Number.POSITIVE_INFINITY,
): Promise<ClientsRun> {
  const latencies: number[] = [];
  const indexes: number[] = [];
  const deadline = Date.now() + deadlineMs;
  let next = 0;
  let errors = 0;
  let firstError: string | null = null;
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < total && Date.now() < deadline; i = next++) {
        const t0 = process.hrtime.bigint();
        try {
          await task(i);
          latencies.push(elapsedMs(t0));
          indexes.push(i);
        } catch (error) {
          errors++;
          firstError ??= error instanceof Error ? error.message : String(error);
        }
      }
    }),
  );
  return { latenciesMs: latencies, indexes, elapsedMs: elapsedMs(start), errors, firstError };
}

/** Several runs of one series (rounds), as one. */
export function merge(runs: readonly ClientsRun[]): ClientsRun {
  return {
    latenciesMs: runs.flatMap((r) => r.latenciesMs),
    indexes: runs.flatMap((r) => r.indexes),
    elapsedMs: runs.reduce((t, r) => t + r.elapsedMs, 0),
    errors: runs.reduce((t, r) => t + r.errors, 0),
    firstError: runs.find((r) => r.firstError)?.firstError ?? null,
  };
}

export function summarize(run: Pick<ClientsRun, 'latenciesMs' | 'elapsedMs' | 'errors' | 'firstError'>): LatencySummary {
  const l = run.latenciesMs;
  return {
    requests: l.length,
    errors: run.errors,
    perSec: l.length / (run.elapsedMs / 1000),
    p50Ms: percentile(l, 50),
    p95Ms: percentile(l, 95),
    p99Ms: percentile(l, 99),
    maxMs: l.length === 0 ? Number.NaN : l.reduce((m, x) => Math.max(m, x), 0),
    firstError: run.firstError,
  };
}

/**
 * Series measured side by side: each gets the same number of requests per
 * round, the order rotating every round, so a noisy neighbour slows all of
 * them rather than one. A series keeps its place in its task sequence from
 * one round to the next.
 */
export async function runSeriesInRounds<K extends string>(
  series: readonly { readonly key: K; task(i: number): Promise<void> }[],
  options: { readonly clients: number; readonly requests: number; readonly rounds: number; readonly capMs: number },
): Promise<Record<K, ClientsRun>> {
  const runs = new Map<K, ClientsRun[]>(series.map((s) => [s.key, []]));
  const done = new Map<K, number>(series.map((s) => [s.key, 0]));
  const perRound = Math.ceil(options.requests / options.rounds);
  for (let round = 0; round < options.rounds; round++) {
    for (let k = 0; k < series.length; k++) {
      const s = series[(k + round) % series.length];
      const offset = done.get(s.key) ?? 0;
      const run = await runClients(options.clients, perRound, (i) => s.task(offset + i), options.capMs / options.rounds);
      runs.get(s.key)?.push({ ...run, indexes: run.indexes.map((i) => offset + i) });
      done.set(s.key, offset + run.latenciesMs.length + run.errors);
    }
  }
  return Object.fromEntries(series.map((s) => [s.key, merge(runs.get(s.key) ?? [])])) as Record<K, ClientsRun>;
}
