import { Pool } from 'pg';
import { BenchConfig } from '../bench-config';
import { City } from '../city/open-city';
import { ClientsRun, LatencySummary, runClients, runSeriesInRounds, summarize } from '../concurrency';
import { percentile } from '../stats';
import { APP_PAGE, SearchPage, prefixQuery, searchParams } from './app-search';
import { PlanSummary, RowCosts, explainAnalyze, rowCosts } from './explain';
import { httpMe, httpSearch } from './http-search';
import { naiveSearch } from './naive-search';
import { patchedAppPreload } from './patched-app';
import { PROPOSED_PAGE, SEARCH_VARIANTS, SearchVariant } from './proposed-search';
import { QUERY_KINDS, QueryKind, SearchQuery, queryMix } from './query-mix';

export const CLIENTS = 10;
export const SERIES = ['httpFloor', 'http', 'httpProposed', 'S0', 'S1', 'S2', 'S3', 'S4', 'naive'] as const;
export type SeriesKey = (typeof SERIES)[number];

export const SERIES_LABELS: Record<SeriesKey, string> = {
  httpFloor: 'HTTP  GET /api/auth/me (no search)',
  http: 'HTTP  app as shipped',
  httpProposed: 'HTTP  app + proposed query (S3)',
  S0: 'pg    S0 app query (bench copy)',
  S1: 'pg    S1 values inline',
  S2: 'pg    S2 + page first',
  S3: 'pg    S3 + cheap rank (proposed)',
  S4: 'pg    S4 + typos from 4 letters',
  naive: 'pg    naive ILIKE + count',
};

export interface KindFigures {
  readonly kind: QueryKind;
  readonly requests: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly meanTotal: number;
}

export interface SeriesReport {
  readonly key: SeriesKey;
  readonly summary: LatencySummary;
  readonly perKind: readonly KindFigures[];
}

export interface Agreement {
  readonly series: SeriesKey;
  readonly reference: SeriesKey;
  readonly compared: number;
  readonly samePage: number;
  readonly sameTotal: number;
  readonly firstDifference: string | null;
}

/** Keys measured again with one client: the service time, without queueing. */
export const SINGLE_CLIENT: readonly SeriesKey[] = ['httpFloor', 'http', 'httpProposed', 'S0', 'S3'];

export interface SearchReport {
  readonly clients: number;
  readonly singleClient: readonly { readonly key: SeriesKey; readonly summary: LatencySummary }[];
  readonly requestsPerSeries: number;
  readonly capSec: number;
  readonly rounds: number;
  readonly distinctQueries: number;
  readonly sampleQueries: readonly string[];
  readonly series: readonly SeriesReport[];
  readonly agreements: readonly Agreement[];
  readonly plans: readonly (PlanSummary & { readonly query: string; readonly kind: QueryKind; readonly variant: string })[];
  readonly rowCosts: RowCosts;
  readonly variants: readonly { readonly key: SeriesKey; readonly name: string; readonly change: string }[];
  readonly patchedAppStartMs: number;
}

function perKind(queries: readonly SearchQuery[], run: ClientsRun, pages: Map<number, SearchPage>): KindFigures[] {
  return QUERY_KINDS.map((kind) => {
    const latencies = run.latenciesMs.filter((_, j) => queries[run.indexes[j] % queries.length].kind === kind);
    const totals = run.indexes.filter((i) => queries[i % queries.length].kind === kind).map((i) => pages.get(i)?.total ?? 0);
    return {
      kind,
      requests: latencies.length,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      meanTotal: totals.length === 0 ? Number.NaN : totals.reduce((a, b) => a + b, 0) / totals.length,
    };
  });
}

function agreement(series: SeriesKey, reference: SeriesKey, queries: readonly SearchQuery[], pages: Record<SeriesKey, Map<number, SearchPage>>): Agreement {
  let compared = 0;
  let samePage = 0;
  let sameTotal = 0;
  let firstDifference: string | null = null;
  for (const [i, page] of pages[series]) {
    const ref = pages[reference].get(i);
    if (!ref) continue;
    compared++;
    const pageOk = page.ids.join() === ref.ids.join();
    const totalOk = page.total === ref.total;
    if (pageOk) samePage++;
    if (totalOk) sameTotal++;
    if ((!pageOk || !totalOk) && firstDifference === null) {
      firstDifference = `"${queries[i % queries.length].text}": total ${page.total} vs ${ref.total}, first page ${pageOk ? 'same' : 'differs'}`;
    }
  }
  return { series, reference, compared, samePage, sameTotal, firstDifference };
}

/**
 * Search on the generated city: the app over HTTP (as shipped, and a second
 * instance running the proposed query), the same SQL straight through pg
 * (shipped, each step of the rewrite, the proposal) and the naive ILIKE,
 * 10 concurrent clients each, in alternating rounds, over the same queries.
 */
export async function runSearchBench(city: City, config: BenchConfig, log: (line: string) => void): Promise<SearchReport> {
  const queries = queryMix(city.townHall, config.searchRequests);
  const pool = new Pool({ connectionString: city.url, max: CLIENTS });
  const patched = await city.startVariant(patchedAppPreload());
  log(`  second app instance with the proposed query: up after ${(patched.startedMs / 1000).toFixed(1)} s`);
  try {
    const pages = Object.fromEntries(SERIES.map((k) => [k, new Map<number, SearchPage>()])) as Record<SeriesKey, Map<number, SearchPage>>;
    const searchers: Record<Exclude<SeriesKey, 'httpFloor'>, (text: string) => Promise<SearchPage>> = {
      http: (text) => httpSearch(city.baseUrl, city.hr.token, text),
      httpProposed: (text) => httpSearch(patched.baseUrl, patched.token, text),
      ...(Object.fromEntries(SEARCH_VARIANTS.map((v) => [v.key, (text: string) => v.search(pool, text)])) as Record<SearchVariant['key'], (text: string) => Promise<SearchPage>>),
      naive: (text) => naiveSearch(pool, text),
    };
    const series = SERIES.map((key) => ({
      key,
      async task(i: number) {
        if (key === 'httpFloor') return httpMe(city.baseUrl, city.hr.token);
        pages[key].set(i, await searchers[key](queries[i % queries.length].text));
      },
    }));
    // Warm-up: connections, plan caches, pages in shared buffers.
    await runSeriesInRounds(series.map((s) => ({ key: s.key, task: (i: number) => s.task(queries.length - 1 - i) })), {
      clients: CLIENTS,
      requests: 2 * CLIENTS,
      rounds: 1,
      capMs: 5000,
    });
    const runs = await runSeriesInRounds(series, { clients: CLIENTS, requests: config.searchRequests, rounds: config.rounds, capMs: config.searchCapMs });
    const reports = SERIES.map((key) => ({ key, summary: summarize(runs[key]), perKind: perKind(queries, runs[key], pages[key]) }));
    log(`  search p95: ${reports.map((r) => `${r.key} ${r.summary.p95Ms.toFixed(1)} ms`).join(', ')}`);
    const singleClient: SearchReport['singleClient'][number][] = [];
    for (const key of SINGLE_CLIENT) {
      const task = series.find((s) => s.key === key)?.task ?? (() => Promise.resolve());
      singleClient.push({ key, summary: summarize(await runClients(1, 200, task, config.quick ? 3000 : 6000)) });
    }

    const agreements = [
      agreement('S0', 'http', queries, pages),
      agreement('httpProposed', 'http', queries, pages),
      ...(['S1', 'S2', 'S3', 'S4'] as const).map((k) => agreement(k, 'S0', queries, pages)),
    ];

    // The plans of the costliest kinds of query, shipped and proposed.
    const slowest = [...(reports.find((r) => r.key === 'http')?.perKind ?? [])].sort((a, b) => b.p95Ms - a.p95Ms).slice(0, 2).map((k) => k.kind);
    const picked = [...new Set<QueryKind>([...slowest, 'one typo', 'unit word'])].slice(0, 3);
    const plans: SearchReport['plans'][number][] = [];
    for (const kind of picked) {
      const query = queries.find((q) => q.kind === kind) ?? queries[0];
      for (const [name, sql] of [['S0 app as shipped', APP_PAGE], ['S3 proposed', PROPOSED_PAGE]] as const) {
        plans.push({ ...(await explainAnalyze(pool, sql, searchParams(query.text))), query: query.text, kind, variant: name });
      }
    }
    const costs = await rowCosts(pool, 'martin', prefixQuery('martin') ?? 'martin:*');
    return {
      clients: CLIENTS,
      singleClient,
      requestsPerSeries: config.searchRequests,
      capSec: config.searchCapMs / 1000,
      rounds: config.rounds,
      distinctQueries: new Set(queries.map((q) => q.text)).size,
      sampleQueries: queries.slice(0, 20).map((q) => q.text),
      series: reports,
      agreements,
      plans,
      rowCosts: costs,
      variants: SEARCH_VARIANTS.map(({ key, name, change }) => ({ key, name, change })),
      patchedAppStartMs: patched.startedMs,
    };
  } finally {
    await patched.stop();
    await pool.end();
  }
}
