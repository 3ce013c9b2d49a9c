import { PostgresEventStore, ProjectionRunner, resetProjection } from '@maillage/shared/event-store';
import { EventStore } from '@maillage/shared/kernel';
import { Pool } from 'pg';
import { BenchConfig } from '../bench-config';
import { runOurMigrations } from '../postgres-server';
import { elapsedMs, median } from '../stats';
import { agentActivityProjection, CREATE_AGENT_ACTIVITY } from './agent-activity.projection';
import { loadLog } from './load-log';
import { timedProjection, timedStore, TimeSplit } from './timed';

export interface RebuildRun {
  readonly store: string;
  readonly batchSize: number;
  readonly eventsPerSec: number;
  readonly ms: number;
  readonly readShare: number;
  readonly applyShare: number;
  /** Events the read model ended up counting, out of those in the log. */
  readonly projected: number;
}

export interface RebuildReport {
  readonly events: number;
  readonly streams: number;
  readonly loadEventsPerSec: number;
  /** One filtered page of 1000 events read mid-log, before and after ANALYZE. */
  readonly pageMs: Record<string, { beforeAnalyze: number; afterAnalyze: number }>;
  readonly runs: readonly RebuildRun[];
  /** Rebuilds per batch size; the median one is reported. */
  readonly repetitions: number;
}

/** The shipped store, as the app builds it; the report prints this name. */
const STORES: Record<string, (pool: Pool) => EventStore> = { ours: (pool) => new PostgresEventStore(pool) };

async function pageMs(store: EventStore, after: { transaction: number; position: number }): Promise<number> {
  const start = process.hrtime.bigint();
  await store.readAll({ after, limit: 1000, types: agentActivityProjection.eventTypes });
  return elapsedMs(start);
}

/** A rebuild as a fresh process would run it: its own pool, reset, then catch up. */
async function rebuildOnce(
  url: string,
  makeStore: (pool: Pool) => EventStore,
  batchSize: number,
  events: number,
): Promise<Omit<RebuildRun, 'store'>> {
  const pool = new Pool({ connectionString: url, max: 10 });
  try {
    const split: TimeSplit = { readMs: 0, applyMs: 0 };
    const projection = timedProjection(agentActivityProjection, split);
    await resetProjection(pool, projection);
    const runner = new ProjectionRunner(pool, timedStore(makeStore(pool), split), [projection], { batchSize });
    const start = process.hrtime.bigint();
    await runner.catchUp();
    const ms = elapsedMs(start);
    await runner.stop();
    const { rows } = await pool.query<{ projected: string | null }>('SELECT sum(event_count) AS projected FROM agent_activity');
    return {
      batchSize,
      ms,
      eventsPerSec: events / (ms / 1000),
      readShare: split.readMs / ms,
      applyShare: split.applyMs / ms,
      projected: Number(rows[0].projected ?? 0),
    };
  } finally {
    await pool.end();
  }
}

/**
 * Fills a log, then times ProjectionRunner.catchUp() from zero, as a rebuild
 * runs it (resetProjection, then catch up), for each batch size.
 */
export async function runRebuildBench(
  createDatabase: (label: string) => Promise<string>,
  config: BenchConfig,
  log: (line: string) => void,
): Promise<RebuildReport> {
  const url = await createDatabase('rebuild');
  await runOurMigrations(url);
  const pool = new Pool({ connectionString: url, max: 10 });
  try {
    await pool.query(CREATE_AGENT_ACTIVITY);
    const load = await loadLog(pool, config.rebuildEvents, config.rebuildEventsPerStream);
    const events = load.streams * config.rebuildEventsPerStream;
    log(`  loaded ${events} events in ${load.streams} streams (${(load.ms / 1000).toFixed(1)} s)`);

    const { rows } = await pool.query<{ tx: string }>(
      'SELECT transaction_id::text AS tx FROM events ORDER BY transaction_id, global_position OFFSET $1 LIMIT 1',
      [Math.floor(events / 2)],
    );
    const middle = { transaction: Number(rows[0].tx) - 1, position: 0 };
    const pages: RebuildReport['pageMs'] = {};
    for (const [name, make] of Object.entries(STORES)) pages[name] = { beforeAnalyze: await pageMs(make(pool), middle), afterAnalyze: 0 };
    // What autovacuum does a minute after a bulk load; the rebuild figures
    // below are for a log with statistics (see the report for the other case).
    await pool.query('ANALYZE events');
    for (const [name, make] of Object.entries(STORES)) pages[name].afterAnalyze = await pageMs(make(pool), middle);

    const runs: RebuildRun[] = [];
    for (const batchSize of config.rebuildBatchSizes) {
      for (const [name, make] of Object.entries(STORES)) {
        const attempts: Omit<RebuildRun, 'store'>[] = [];
        for (let i = 0; i < config.rebuildRepetitions; i++) attempts.push(await rebuildOnce(url, make, batchSize, events));
        const best = attempts.find((a) => a.ms === median(attempts.map((x) => x.ms))) ?? attempts[0];
        runs.push({ store: name, ...best });
        log(`  rebuild ${name}, batch ${batchSize}: ${attempts.map((a) => Math.round(a.eventsPerSec)).join(', ')} events/s`);
      }
    }
    return {
      events,
      streams: load.streams,
      loadEventsPerSec: events / (load.ms / 1000),
      pageMs: pages,
      runs,
      repetitions: config.rebuildRepetitions,
    };
  } finally {
    await pool.end();
  }
}
