import { CityReport } from '../city/open-city';
import { LatencySummary } from '../concurrency';
import { int, ms, pct, ratio, table, targetLine, verdict } from '../report-format';
import { KindHits } from './relevance';
import { KindFigures, SERIES_LABELS, SearchReport, SeriesKey } from './run-search-bench';

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
    '   Then VACUUM ANALYZE (what autovacuum does within a minute of the projection\'s writes).',
  ];
}

function seriesTable(rows: readonly { key: SeriesKey; summary: LatencySummary }[]): string {
  return table(['series', ...LATENCY_HEADERS], rows.map((s) => [SERIES_LABELS[s.key], ...latencyCells(s.summary)]), [1, 2, 3, 4, 5, 6]);
}

function kindTable(report: SearchReport): string {
  const of = (key: SeriesKey) => report.series.find((s) => s.key === key);
  const rows = (of('http')?.perKind ?? []).map((k, i) => {
    const cell = (key: SeriesKey, pick: (f: KindFigures) => string) => {
      const f = of(key)?.perKind[i];
      return f && f.requests > 0 ? pick(f) : '-';
    };
    const p95 = (f: KindFigures) => ms(f.p95Ms);
    return [k.kind, cell('http', (f) => ms(f.p50Ms)), cell('http', p95), cell('pg', p95), cell('naive', p95), cell('pg', (f) => int(f.meanTotal)), cell('naive', (f) => int(f.meanTotal))];
  });
  return table(['query kind', 'HTTP p50', 'HTTP p95', 'pg p95', 'naive p95', 'app results', 'naive results'], rows, [1, 2, 3, 4, 5, 6]);
}

function hitsTable(report: SearchReport): string {
  const naive = new Map(report.targetHits.naive.map((k) => [k.kind, k]));
  const cell = (k: KindHits | undefined) => (k && k.queries > 0 ? `${k.hits}/${k.queries} (${pct(k.hits / k.queries)})` : '-');
  return table(['input made from a name', 'app: name on page 1', 'naive ILIKE'], report.targetHits.app.map((k) => [k.kind, cell(k), cell(naive.get(k.kind))]), [1, 2]);
}

export function searchSection(report: SearchReport, city: CityReport | null): string[] {
  const of = (key: SeriesKey) => report.series.find((s) => s.key === key)?.summary;
  const single = (key: SeriesKey) => report.singleClient.find((s) => s.key === key)?.summary;
  const [http, pg, naive, floor] = [of('http'), of('pg'), of('naive'), of('httpFloor')];
  const [oneHttp, onePg] = [single('http'), single('pg')];
  const a = report.agreement;
  const plans = report.plans.flatMap((p) => [
    `     "${p.query}" (${p.kind}), statement ${p.statement}: execution ${ms(p.executionMs)} ms, planning ${ms(p.planningMs)} ms`,
    ...p.keyLines.map((l) => `         ${l}`),
  ]);
  return [
    `7. SEARCH — GET /api/agents?q=…&pageSize=20 with a bearer token, ${report.clients} concurrent clients (fetch, keep-alive)`,
    ...(city ? citySection(city) : []),
    `   Queries: a fixed mix of ${report.distinctQueries} distinct inputs built from the city (last names, 3- and 5-letter prefixes, first names,`,
    `   "first last", post and unit words, one typo, accents removed / added), e.g. ${report.sampleQueries.slice(0, 8).map((q) => `"${q}"`).join(', ')}.`,
    `   Up to ${int(report.requestsPerSeries)} requests per series, in ${report.rounds} alternating rounds; a series stops after ${report.capSec} s`,
    '   (see requests); p50 is the median. The pg series calls the app\'s own read model (PostgresDirectoryReadModel) from the bench on 10 connections.',
    '',
    seriesTable(report.series),
    '',
    http && pg && naive && floor
      ? `   Ratios (p50 / p95): HTTP vs pg ${ratio(http.p50Ms, pg.p50Ms)} / ${ratio(http.p95Ms, pg.p95Ms)}; ` +
        `naive ILIKE vs the app's query (pg) ${ratio(naive.p50Ms, pg.p50Ms)} / ${ratio(naive.p95Ms, pg.p95Ms)}; ` +
        `HTTP search vs HTTP without search ${ratio(http.p50Ms, floor.p50Ms)} / ${ratio(http.p95Ms, floor.p95Ms)}.`
      : '',
    '',
    `   One client at a time (service time, no queueing; up to 200 requests, same inputs, after the series above):`,
    '',
    seriesTable(report.singleClient),
    '',
    ...(oneHttp && onePg ? [`   One client, p50: HTTP ${ms(oneHttp.p50Ms)} ms, of which the read model (pg) ${ms(onePg.p50Ms)} ms.`, ''] : []),
    '   p50 / p95 by kind of input (ms) and mean number of results (the app vs the naive ILIKE, which finds no typo and no unit):',
    '',
    kindTable(report),
    '',
    `   Same answers? The read model from the bench vs the app over HTTP, same inputs: same first page ${a.samePage}/${a.compared}, ` +
      `same total ${a.sameTotal}/${a.compared}${a.firstDifference ? ` — first difference ${a.firstDifference}` : ''}.`,
    '',
    '   RELEVANCE (the app over HTTP, checked against the city\'s own names, posts and units):',
    ...report.relevance.map((c) => `     ${verdict(c.passed)}  "${c.query}": ${c.name} — ${c.detail}`),
    '',
    hitsTable(report),
    '',
    '   EXPLAIN ANALYZE of the statements the read model runs (key lines; the costliest kinds of input and a typo):',
    ...plans,
  ];
}

export function searchTargets(report: SearchReport): string[] {
  const http = report.series.find((s) => s.key === 'http')?.summary;
  const passed = report.relevance.filter((c) => c.passed).length;
  return [
    ...(http ? [targetLine('search: p95 < 50 ms over HTTP, 10 clients, 50k agents', ms(http.p95Ms), 'ms', http.p95Ms < 50)] : []),
    targetLine('search: relevance checks', `${passed}/${report.relevance.length}`, 'pass', passed === report.relevance.length),
  ];
}
