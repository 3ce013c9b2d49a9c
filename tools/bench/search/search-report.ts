import { CityReport } from '../city/open-city';
import { LatencySummary } from '../concurrency';
import { int, ms, ratio, table, targetLine } from '../report-format';
import { SERIES_LABELS, SearchReport, SeriesKey } from './run-search-bench';

export const latencyCells = (s: LatencySummary) => [
  int(s.requests),
  s.perSec.toFixed(1),
  ms(s.p50Ms),
  ms(s.p95Ms),
  ms(s.p99Ms),
  ms(s.maxMs),
  s.errors === 0 ? '0' : `${s.errors} (${s.firstError})`,
];
export const LATENCY_HEADERS = ['requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'errors'];

export function citySection(city: CityReport): string[] {
  const { load, startup } = city;
  const directory = startup.projections.find((p) => p.name === 'directory');
  return [
    `   City: generateTownHall({ agentCount: ${int(load.agents)} }) → ${int(load.units)} units + ${int(load.agents)} agents; townHallEvents() ran every`,
    `   command through the deciders (${(load.decideMs / 1000).toFixed(1)} s) → ${int(load.events)} events, written ` +
      (load.mode === 'bulk'
        ? `by bulk INSERT (events + event_streams as appends leave them, 1,000 streams per transaction) in ${(load.writeMs / 1000).toFixed(1)} s`
        : `through PostgresEventStore.append, 8 at a time, in ${(load.writeMs / 1000).toFixed(1)} s (${int(load.events / (load.writeMs / 1000))} appends/s)`) +
      ';',
    `   bench accounts (HR + 20 agents) appended as AccountCreated through PostgresEventStore. The built app (dist/api of ${city.builtAt})`,
    `   started on it: listening after ${(startup.listeningMs / 1000).toFixed(1)} s, every projection up to date after ${(startup.upToDateMs / 1000).toFixed(1)} s` +
      (directory && directory.ms > 0
        ? `; the directory projection moved ${int(directory.positions)} positions in ${(directory.ms / 1000).toFixed(1)} s = ${int(directory.positions / (directory.ms / 1000))} events/s.`
        : '.'),
    '   Then ANALYZE (what autovacuum does within a minute of the projection\'s writes).',
  ];
}

function seriesTable(report: SearchReport): string {
  return table(
    ['series', ...LATENCY_HEADERS],
    report.series.map((s) => [SERIES_LABELS[s.key], ...latencyCells(s.summary)]),
    [1, 2, 3, 4, 5, 6],
  );
}

function kindTable(report: SearchReport): string {
  const of = (key: SeriesKey) => report.series.find((s) => s.key === key);
  const http = of('http');
  const rows = (http?.perKind ?? []).map((k, i) => {
    const cell = (key: SeriesKey) => {
      const f = of(key)?.perKind[i];
      return f && f.requests > 0 ? ms(f.p95Ms) : '-';
    };
    const naive = of('naive')?.perKind[i];
    const s3 = of('S3')?.perKind[i];
    return [
      k.kind,
      cell('http'),
      cell('S0'),
      cell('S3'),
      cell('httpProposed'),
      cell('naive'),
      s3 && s3.requests > 0 ? int(s3.meanTotal) : '-',
      naive && naive.requests > 0 ? int(naive.meanTotal) : '-',
    ];
  });
  return table(['query kind', 'HTTP p95', 'S0 p95', 'S3 p95', 'HTTP+S3 p95', 'naive p95', 'app results', 'naive results'], rows, [1, 2, 3, 4, 5, 6, 7]);
}

export function searchSection(report: SearchReport, city: CityReport | null): string[] {
  const agreements = report.agreements.map(
    (a) =>
      `     ${a.series} vs ${a.reference}: same first page ${a.samePage}/${a.compared}, same total ${a.sameTotal}/${a.compared}` +
      (a.firstDifference ? ` — first difference ${a.firstDifference}` : ''),
  );
  const c = report.rowCosts;
  const plans = report.plans.flatMap((p) => [
    `     ${p.variant}, "${p.query}" (${p.kind}): execution ${ms(p.executionMs)} ms, planning ${ms(p.planningMs)} ms`,
    ...p.keyLines.map((l) => `         ${l}`),
  ]);
  const of = (key: SeriesKey) => report.series.find((s) => s.key === key)?.summary;
  const ladder = report.variants.map((v) => {
    const s = of(v.key);
    return [v.name, s ? ms(s.p50Ms) : '-', s ? ms(s.p95Ms) : '-', s ? s.perSec.toFixed(1) : '-', v.change];
  });
  const http = of('http');
  const s0 = of('S0');
  const patched = of('httpProposed');
  const s3 = of('S3');
  return [
    `7. SEARCH — GET /api/agents?q=…&pageSize=20 with a bearer token, ${report.clients} concurrent clients (fetch, keep-alive)`,
    ...(city ? citySection(city) : []),
    `   Queries: a fixed mix of ${report.distinctQueries} distinct inputs built from the city (last names, 3- and 5-letter prefixes, first names,`,
    `   "first last", post and unit words, one typo, accents removed / added), e.g. ${report.sampleQueries.slice(0, 8).map((q) => `"${q}"`).join(', ')}.`,
    `   Up to ${int(report.requestsPerSeries)} requests per series, in ${report.rounds} alternating rounds; a series stops after ${report.capSec} s`,
    '   (see requests). pg series: 10 pg connections on the same database; S0 is a bench copy of the SQL the app runs.',
    '',
    seriesTable(report),
    '',
    http && s0 && patched && s3
      ? `   The HTTP path adds (p50 over HTTP − p50 of the same SQL through pg, same load): ${ms(http.p50Ms - s0.p50Ms)} ms to the shipped query, ` +
        `${ms(patched.p50Ms - s3.p50Ms)} ms to the proposed one. p95 shipped / naive ILIKE: ${ratio(http.p95Ms, of('naive')?.p95Ms ?? 0)}.`
      : '',
    '',
    `   One client at a time (service time, no queueing; up to 200 requests, same inputs, after the series above):`,
    '',
    table(['series', ...LATENCY_HEADERS], report.singleClient.map((s) => [SERIES_LABELS[s.key], ...latencyCells(s.summary)]), [1, 2, 3, 4, 5, 6]),
    '',
    '   p95 by kind of query (ms) and mean number of results (app vs naive ILIKE, which finds no typo and no unit):',
    '',
    kindTable(report),
    '',
    '   Same answers? (first page ids in order, and total, for the same inputs):',
    ...agreements,
    '',
    '   WHY — per-row cost over all agents (no index, one client, best of 3):',
    `     word_similarity ${c.wordSimilarityUs.toFixed(1)} µs, trigram <% ${c.trigramMatchUs.toFixed(1)} µs, ts_rank ${c.tsRankUs.toFixed(1)} µs, full-text @@ ${c.fullTextMatchUs.toFixed(1)} µs per row`,
    `     (x ${int(c.rows)} rows). The shipped query joins a one-row CTE (q) for its tsquery and folded text, so the planner cannot`,
    '     use any index for the OR: it scans every agent and tests the trigram arm on each row the full text misses.',
    '     EXPLAIN ANALYZE (key lines):',
    ...plans,
    '',
    '   PROPOSED CHANGE (bench-local, libs/ untouched): one change at a time, 10 clients, same queries:',
    '',
    table(['variant', 'p50 ms', 'p95 ms', 'req/s', 'change'], ladder, [1, 2, 3]),
  ];
}

export function searchTargets(report: SearchReport): string[] {
  const http = report.series.find((s) => s.key === 'http')?.summary;
  const patched = report.series.find((s) => s.key === 'httpProposed')?.summary;
  const lines: string[] = [];
  if (http) lines.push(targetLine('search: p95 < 50 ms over HTTP, 10 clients, 50k agents (app as shipped)', ms(http.p95Ms), 'ms', http.p95Ms < 50));
  if (patched) lines.push(targetLine('search: the same with the proposed query (second app instance, bench-local)', ms(patched.p95Ms), 'ms', patched.p95Ms < 50));
  return lines;
}
