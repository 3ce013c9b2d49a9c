export const SECTIONS = ['store', 'search', 'privacy'] as const;
export type Section = (typeof SECTIONS)[number];

/**
 * BENCH_QUICK=1: the same scenarios, much shorter, for a smoke run.
 * BENCH_ONLY=store,search,privacy: the sections to run (default: all).
 */
export interface BenchConfig {
  readonly quick: boolean;
  readonly sections: readonly Section[];
  readonly warmupMs: number;
  readonly repetitionMs: number;
  readonly repetitions: number;
  readonly writerCounts: readonly number[];
  readonly batchSizes: readonly number[];
  readonly rebuildEvents: number;
  readonly rebuildEventsPerStream: number;
  readonly rebuildBatchSizes: readonly number[];
  readonly rebuildRepetitions: number;
  /** How long the 8 writers run in the late-commit check without staging. */
  readonly concurrentWritersMs: number;
  /** The generated city the search and privacy sections run on (the figure: 50,000). */
  readonly cityAgents: number;
  /** Requests per measured series of the search section (each series: 10 concurrent clients). */
  readonly searchRequests: number;
  /** A series that is still running after this long stops early (the slow ones would take minutes). */
  readonly searchCapMs: number;
  /** Rounds the series alternate in. */
  readonly rounds: number;
  /** Profile reads per measured series of the privacy section. */
  readonly profileReads: number;
  /** Audit entries written by the 50 concurrent callers, and by the single caller. */
  readonly auditEntries: number;
  readonly auditEntriesSingleCaller: number;
}

export function parseSections(value: string | undefined): Section[] {
  if (!value || value.trim() === '') return [...SECTIONS];
  const asked = value.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s.length > 0);
  const unknown = asked.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length > 0) throw new Error(`BENCH_ONLY: unknown section(s) ${unknown.join(', ')}; choose from ${SECTIONS.join(', ')}`);
  return SECTIONS.filter((s) => asked.includes(s));
}

export function benchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  const quick = env['BENCH_QUICK'] === '1';
  return {
    quick,
    sections: parseSections(env['BENCH_ONLY']),
    warmupMs: quick ? 200 : 500,
    repetitionMs: quick ? 400 : 1000,
    repetitions: quick ? 3 : 5,
    writerCounts: [1, 8],
    batchSizes: [1, 10],
    rebuildEvents: quick ? 20_000 : 200_000,
    rebuildEventsPerStream: 10,
    rebuildBatchSizes: [1000, 5000],
    rebuildRepetitions: quick ? 1 : 3,
    concurrentWritersMs: quick ? 1000 : 2500,
    cityAgents: Number(env['BENCH_CITY_AGENTS'] ?? 50_000),
    searchRequests: quick ? 400 : 2000,
    searchCapMs: quick ? 8000 : 25_000,
    rounds: quick ? 2 : 4,
    profileReads: quick ? 400 : 2000,
    auditEntries: quick ? 5000 : 20_000,
    auditEntriesSingleCaller: quick ? 500 : 2000,
  };
}
