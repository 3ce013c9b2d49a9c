import { Pool } from 'pg';
import { BenchConfig } from '../bench-config';
import { EmmettProcess } from '../emmett/emmett-process';
import { runOurMigrations } from '../postgres-server';
import { median, sleep } from '../stats';
import { AppendSession, openAppendSession, Repetition } from './measure';
import { ourStoreTarget } from './our-store.target';
import { plainInsertTarget } from './plain-insert.target';
import { WorkloadShape } from './workload';

/** `ours` is the shipped PostgresEventStore on EVENT_STORE_MIGRATIONS (the tuned append_to_stream). */
export const TARGETS = ['ours', 'plain INSERT', 'Emmett'] as const;
export type TargetName = (typeof TARGETS)[number];

export interface AppendRow {
  readonly target: TargetName;
  readonly shape: WorkloadShape;
  readonly appendsPerSec: number;
  readonly eventsPerSec: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  /** Rows of `events` read by sequential scans per append, warm-up included (our schema only). */
  readonly seqRowsPerAppend: number | null;
  readonly repetitions: readonly Repetition[];
}

interface OpenTarget {
  readonly session: AppendSession;
  /** Sequential-scan rows read on `events`, once the session is closed (its backends gone, their statistics flushed). */
  seqRows(): Promise<number | null>;
}

async function seqRowsOf(url: string): Promise<number> {
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    for (let i = 0; i < 100; i++) {
      const others = await pool.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      );
      if (others.rows[0].n === 0) break;
      await sleep(20);
    }
    const { rows } = await pool.query<{ n: string | null }>(
      `SELECT seq_tup_read AS n FROM pg_stat_user_tables WHERE relname = 'events'`,
    );
    return Number(rows[0]?.n ?? 0);
  } finally {
    await pool.end();
  }
}

async function openTarget(
  name: TargetName,
  url: string,
  shape: WorkloadShape,
  config: BenchConfig,
  emmett: EmmettProcess,
): Promise<OpenTarget> {
  if (name === 'Emmett') {
    await emmett.request({ kind: 'open-appends', url, shape, warmupMs: config.warmupMs });
    return {
      session: {
        repetition: (durationMs) => emmett.request({ kind: 'repetition', durationMs }),
        appends: () => 0,
        close: () => emmett.request({ kind: 'close-appends' }).then(() => undefined),
      },
      seqRows: async () => null,
    };
  }
  await runOurMigrations(url);
  const target = name === 'plain INSERT' ? await plainInsertTarget(url) : ourStoreTarget(url);
  const session = await openAppendSession(target, shape, config.warmupMs);
  return { session, seqRows: () => (name === 'plain INSERT' ? Promise.resolve(null) : seqRowsOf(url)) };
}

/**
 * For each shape, every target gets its own fresh database and warm-up, then
 * the repetitions alternate between targets (rotating who goes first), so a
 * noisy neighbour slows all of them rather than one.
 */
export async function runAppendBench(
  createDatabase: (label: string) => Promise<string>,
  emmett: EmmettProcess,
  config: BenchConfig,
  log: (line: string) => void,
): Promise<AppendRow[]> {
  const rows: AppendRow[] = [];
  for (const writers of config.writerCounts) {
    for (const batchSize of config.batchSizes) {
      const shape = { writers, batchSize };
      const open = new Map<TargetName, OpenTarget>();
      for (const name of TARGETS) open.set(name, await openTarget(name, await createDatabase(name), shape, config, emmett));
      const reps = new Map<TargetName, Repetition[]>(TARGETS.map((n) => [n, []]));
      for (let r = 0; r < config.repetitions; r++) {
        for (let i = 0; i < TARGETS.length; i++) {
          const name = TARGETS[(i + r) % TARGETS.length];
          reps.get(name)?.push(await (open.get(name) as OpenTarget).session.repetition(config.repetitionMs));
        }
      }
      for (const name of TARGETS) {
        const t = open.get(name) as OpenTarget;
        const done = reps.get(name) ?? [];
        await t.session.close();
        const seqRows = await t.seqRows();
        rows.push({
          target: name,
          shape,
          appendsPerSec: median(done.map((x) => x.appendsPerSec)),
          eventsPerSec: median(done.map((x) => x.eventsPerSec)),
          p50Ms: median(done.map((x) => x.p50Ms)),
          p95Ms: median(done.map((x) => x.p95Ms)),
          seqRowsPerAppend: seqRows === null ? null : seqRows / t.session.appends(),
          repetitions: done,
        });
      }
      log(
        `  ${writers} writer(s) x ${batchSize}-event appends: ` +
          TARGETS.map((n) => `${n} ${Math.round(rows.find((x) => x.target === n && x.shape === shape)?.appendsPerSec ?? 0)}/s`).join(', '),
      );
    }
  }
  return rows;
}
