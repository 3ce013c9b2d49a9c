import { comparePositions, EventStore, LOG_START, LogPosition } from '@maillage/shared/kernel';
import { Pool, PoolClient } from 'pg';
import { applyWithParking } from './apply-with-parking';
import { lockCheckpoint, resetCheckpoint, setCheckpoint } from './checkpoints';
import { Projection } from './projection';
import { createScratch, describeLiveTables, ident, LiveTable, PARKED_TABLE, refuseUnswappable, replaceParked, swapIn } from './scratch-tables';
import { describeError, isTransient } from './transient-errors';

export interface RebuildOptions {
  readonly batchSize?: number;
  /** Longest wait for the live tables' locks at the swap, per attempt (5 attempts). */
  readonly lockTimeoutMs?: number;
  /** Longest wait, without progress, for an open transaction to let the log head be read. */
  readonly settleTimeoutMs?: number;
  readonly onProgress?: (progress: { readonly projection: string; readonly events: number; readonly position: LogPosition }) => void;
}

export interface RebuildOutcome {
  readonly projection: string;
  readonly events: number;
  readonly parked: number;
  readonly position: LogPosition;
  readonly seconds: number;
}

/** A rebuild that could not finish; it names the projection, and the live tables are as they were. */
export class RebuildError extends Error {
  constructor(readonly projection: string, reason: string) {
    super(`Rebuild of projection "${projection}" failed: ${reason}`);
    this.name = 'RebuildError';
  }
}

/** Namespace of the advisory lock that keeps two rebuilds of one projection apart. */
const REBUILD_LOCK_CLASS = 0x4d42;
const SWAP_ATTEMPTS = 5;

interface Progress {
  position: LogPosition;
  events: number;
  parked: number;
}

/**
 * Builds a projection beside its live tables, then swaps: the log is replayed
 * into empty copies in a scratch schema (the projection's own SQL, run with
 * `search_path` pointing there first) up to the committed head; then one
 * transaction takes the checkpoint row and the live tables, replays what the
 * live runner did meanwhile, puts the copies in place of the live tables, the
 * parked events of the rebuild in place of the live ones, and the checkpoint
 * where the copies are. Readers see the old rows until that commit, the new
 * ones after: never an empty or partial read model. Events the projection
 * cannot apply are parked again. Every wait is bounded; a failure drops the
 * scratch schema and leaves the live tables untouched.
 */
export async function rebuildProjection(pool: Pool, store: EventStore, projection: Projection, options: RebuildOptions = {}): Promise<RebuildOutcome> {
  const started = Date.now();
  const scratch = `rebuild_${projection.name.replace(/[^a-z0-9]+/g, '_')}`;
  const guard = await pool.connect();
  try {
    const { rows } = await guard.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked', [REBUILD_LOCK_CLASS, projection.name]);
    if (!rows[0].locked) throw new RebuildError(projection.name, 'another rebuild of it is running');
    try {
      const tables = await describeLiveTables(guard, projection.readModelTables);
      await refuseUnswappable(guard, tables);
      const [parkedTable] = await describeLiveTables(guard, [PARKED_TABLE]);
      await createScratch(guard, scratch, tables);
      const { rows: path } = await guard.query<{ search_path: string }>('SHOW search_path');
      const searchPath = { scratch: `${ident(scratch)}, ${path[0].search_path}`, live: path[0].search_path };
      const progress: Progress = { position: LOG_START, events: 0, parked: 0 };
      await replayUntil(pool, store, projection, searchPath.scratch, progress, await store.committedHeadPosition(), options);
      const done = await swapWithRetries(pool, store, projection, { scratch, searchPath, tables, parkedSchema: parkedTable.schema }, progress, options);
      return { projection: projection.name, events: done.events, parked: done.parked, position: done.position, seconds: (Date.now() - started) / 1000 };
    } catch (error) {
      await guard.query(`DROP SCHEMA IF EXISTS ${ident(scratch)} CASCADE`).catch(() => undefined);
      throw error instanceof RebuildError ? error : new RebuildError(projection.name, describeError(error));
    } finally {
      await guard.query('SELECT pg_advisory_unlock($1, hashtext($2))', [REBUILD_LOCK_CLASS, projection.name]).catch(() => undefined);
    }
  } finally {
    guard.release();
  }
}

/** Replays batches into the scratch copies, one transaction each, until `target` is reached. */
async function replayUntil(pool: Pool, store: EventStore, projection: Projection, searchPath: string, progress: Progress, target: LogPosition, options: RebuildOptions) {
  const settleMs = options.settleTimeoutMs ?? 60_000;
  let lastProgress = Date.now();
  while (comparePositions(progress.position, target) < 0) {
    const { events, next } = await store.readAll({ after: progress.position, limit: options.batchSize ?? 2000, types: projection.eventTypes });
    if (comparePositions(next, progress.position) <= 0) {
      if (Date.now() - lastProgress > settleMs) {
        throw new RebuildError(projection.name, `the log stayed unreadable past position ${progress.position.position} for ${settleMs / 1000} s (a transaction left open?)`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      continue;
    }
    if (events.length > 0) {
      progress.parked += await withRetries(() =>
        inTransaction(pool, async (client) => {
          await client.query(`SET LOCAL search_path TO ${searchPath}`);
          return applyWithParking(client, projection, events);
        }),
      );
    }
    progress.position = next;
    progress.events += events.length;
    lastProgress = Date.now();
    options.onProgress?.({ projection: projection.name, events: progress.events, position: next });
  }
}

interface SwapPlan {
  readonly scratch: string;
  readonly searchPath: { readonly scratch: string; readonly live: string };
  readonly tables: readonly LiveTable[];
  readonly parkedSchema: string;
}

/** The swap; a lock it could not get in time (or a deadlock) rolls it back whole and it tries again. */
async function swapWithRetries(pool: Pool, store: EventStore, projection: Projection, plan: SwapPlan, before: Progress, options: RebuildOptions): Promise<Progress> {
  const lockTimeoutMs = options.lockTimeoutMs ?? 10_000;
  for (let attempt = 1; ; attempt++) {
    const progress = { ...before };
    try {
      await inTransaction(pool, async (client) => {
        await client.query(`SET LOCAL lock_timeout = ${Math.max(1, Math.floor(lockTimeoutMs))}`);
        // The checkpoint row first, then the tables: the order the runner's batches take them in.
        const live = await lockCheckpoint(client, projection.name);
        await client.query(`LOCK TABLE ${plan.tables.map((t) => `${ident(t.schema)}.${ident(t.name)}`).join(', ')} IN ACCESS EXCLUSIVE MODE`);
        await client.query(`SET LOCAL search_path TO ${plan.searchPath.scratch}`);
        await catchUpTo(client, store, projection, progress, live);
        await client.query(`SET LOCAL search_path TO ${plan.searchPath.live}`);
        await swapIn(client, plan.scratch, plan.tables);
        await replaceParked(client, plan.scratch, projection.name, plan.parkedSchema);
        await setCheckpoint(client, projection.name, progress.position);
        await client.query(`DROP SCHEMA ${ident(plan.scratch)} CASCADE`);
      });
      return progress;
    } catch (error) {
      if (!isTransient(error)) throw error;
      if (attempt >= SWAP_ATTEMPTS) {
        throw new RebuildError(projection.name, `could not take its tables for the swap after ${SWAP_ATTEMPTS} attempts (${describeError(error)})`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

/** Inside the swap: the copies take the events the live runner applied during the rebuild, so the checkpoint never moves back. */
async function catchUpTo(client: PoolClient, store: EventStore, projection: Projection, progress: Progress, live: LogPosition) {
  while (comparePositions(progress.position, live) < 0) {
    const { events, next } = await store.readAll({ after: progress.position, limit: 2000, types: projection.eventTypes });
    if (comparePositions(next, progress.position) <= 0) return;
    if (events.length > 0) progress.parked += await applyWithParking(client, projection, events);
    progress.position = next;
    progress.events += events.length;
  }
}

/** A batch that failed for a passing reason is tried again, a few times, then the rebuild fails. */
async function withRetries<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isTransient(error) || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Empties a projection's tables and moves its checkpoint back to the start,
 * in one transaction; the runner then replays the whole log into them. Meant
 * for tests and benchmarks on a quiet database: readers would see the tables
 * empty meanwhile, which is why operators use `rebuildProjection`.
 */
export async function resetProjection(pool: Pool, projection: Projection): Promise<void> {
  await inTransaction(pool, async (client) => {
    if (projection.readModelTables.length > 0) {
      await client.query(`TRUNCATE ${projection.readModelTables.map((t) => `"${t}"`).join(', ')}`);
    }
    await client.query(`DELETE FROM ${PARKED_TABLE} WHERE projection = $1`, [projection.name]);
    await resetCheckpoint(client, projection.name);
  });
}
