import { Pool } from 'pg';
import { BenchConfig } from '../bench-config';
import { City } from '../city/open-city';
import { ClientsRun, LatencySummary, runClients, runSeriesInRounds, summarize } from '../concurrency';
import { percentile } from '../stats';
import { PlanSummary, explainAnalyze } from './explain';
import { httpMe, httpSearch } from './http-search';
import { naiveSearch } from './naive-search';
import { QUERY_KINDS, QueryKind, SearchQuery, queryMix } from './query-mix';
import { KindHits, RelevanceCheck, relevanceChecks, targetHits } from './relevance';
import { SearchPage } from './search-page';
import { openShippedSearch } from './shipped-search';

export const CLIENTS = 10;
export const SERIES = ['httpFloor', 'http', 'pg', 'naive'] as const;
export type SeriesKey = (typeof SERIES)[number];

export const SERIES_LABELS: Record<SeriesKey, string> = {
  httpFloor: 'HTTP  GET /api/auth/me (no search)',
  http: 'HTTP  GET /api/agents?q= (the app)',
  pg: 'pg    PostgresDirectoryReadModel.searchAgents',
  naive: "pg    naive ILIKE '%term%' + count",
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
  readonly compared: number;
  readonly samePage: number;
  readonly sameTotal: number;
  readonly firstDifference: string | null;
}

export interface SearchReport {
  readonly clients: number;
  readonly singleClient: readonly { readonly key: SeriesKey; readonly summary: LatencySummary }[];
  readonly requestsPerSeries: number;
  readonly capSec: number;
  readonly rounds: number;
  readonly distinctQueries: number;
  readonly sampleQueries: readonly string[];
  readonly series: readonly SeriesReport[];
  /** The read model called in the bench process against the app over HTTP: the same SQL, so the same answers. */
  readonly agreement: Agreement;
  readonly relevance: readonly RelevanceCheck[];
  readonly targetHits: { readonly app: readonly KindHits[]; readonly naive: readonly KindHits[] };
  readonly plans: readonly (PlanSummary & { readonly query: string; readonly kind: QueryKind; readonly statement: number })[];
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

function agreement(queries: readonly SearchQuery[], pages: ReadonlyMap<number, SearchPage>, reference: ReadonlyMap<number, SearchPage>): Agreement {
  let compared = 0;
  let samePage = 0;
  let sameTotal = 0;
  let firstDifference: string | null = null;
  for (const [i, page] of pages) {
    const ref = reference.get(i);
    if (!ref) continue;
    compared++;
    const pageOk = page.items.map((a) => a.id).join() === ref.items.map((a) => a.id).join();
    const totalOk = page.total === ref.total;
    if (pageOk) samePage++;
    if (totalOk) sameTotal++;
    if ((!pageOk || !totalOk) && firstDifference === null) {
      firstDifference = `"${queries[i % queries.length].text}": total ${page.total} vs ${ref.total}, first page ${pageOk ? 'same' : 'differs'}`;
    }
  }
  return { compared, samePage, sameTotal, firstDifference };
}

/**
 * Search on the generated city, what ships: the built app over HTTP, and its
 * read model (PostgresDirectoryReadModel, the same SQL) called straight from
 * here on a pool of 10, next to the naive ILIKE; 10 concurrent clients each, in
 * alternating rounds over the same inputs, then one client at a time. Then
 * relevance checks on the app, and the plans of the statements it runs.
 */
export async function runSearchBench(city: City, config: BenchConfig, log: (line: string) => void): Promise<SearchReport> {
  const queries = queryMix(city.townHall, config.searchRequests);
  const pool = new Pool({ connectionString: city.url, max: CLIENTS });
  const shipped = await openShippedSearch(city.url, CLIENTS);
  try {
    const pages = Object.fromEntries(SERIES.map((k) => [k, new Map<number, SearchPage>()])) as Record<SeriesKey, Map<number, SearchPage>>;
    const searchers: Record<Exclude<SeriesKey, 'httpFloor'>, (text: string) => Promise<SearchPage>> = {
      http: (text) => httpSearch(city.baseUrl, city.hr.token, text),
      pg: (text) => shipped.search(text),
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
    for (const s of series) singleClient.push({ key: s.key, summary: summarize(await runClients(1, 200, s.task, config.quick ? 3000 : 6000)) });

    const relevance = await relevanceChecks(city.townHall, searchers.http);
    log(`  relevance: ${relevance.filter((c) => c.passed).length}/${relevance.length} checks pass`);

    // The statements of the costliest kinds of input, and of a typo.
    const slowest = [...(reports.find((r) => r.key === 'http')?.perKind ?? [])].sort((a, b) => b.p95Ms - a.p95Ms).slice(0, 2).map((k) => k.kind);
    const plans: SearchReport['plans'][number][] = [];
    for (const kind of [...new Set<QueryKind>([...slowest, 'one typo'])]) {
      const query = queries.find((q) => q.kind === kind) ?? queries[0];
      for (const [statement, sql] of (await shipped.statementsOf(query.text)).entries()) {
        plans.push({ ...(await explainAnalyze(pool, sql)), query: query.text, kind, statement: statement + 1 });
      }
    }
    return {
      clients: CLIENTS,
      singleClient,
      requestsPerSeries: config.searchRequests,
      capSec: config.searchCapMs / 1000,
      rounds: config.rounds,
      distinctQueries: new Set(queries.map((q) => q.text)).size,
      sampleQueries: queries.slice(0, 20).map((q) => q.text),
      series: reports,
      agreement: agreement(queries, pages.pg, pages.http),
      relevance,
      targetHits: { app: targetHits(queries, pages.http), naive: targetHits(queries, pages.naive) },
      plans,
    };
  } finally {
    await shipped.close();
    await pool.end();
  }
}
