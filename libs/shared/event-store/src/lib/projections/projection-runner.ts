import { EventEmitter } from 'node:events';
import { comparePositions, EventStore } from '@maillage/shared/kernel';
import { Pool, PoolClient } from 'pg';
import { applyWithParking } from './apply-with-parking';
import { advanceCheckpoint, ensureCheckpoint, loadCheckpoint, lockCheckpointAt } from './checkpoints';
import { Projection } from './projection';

export interface ProjectionRunnerOptions {
  readonly batchSize?: number;
  /** How long an idle runner sleeps before polling the log again. */
  readonly idleMs?: number;
  /** How often a standby instance tries to take over a projection. */
  readonly standbyRetryMs?: number;
  /** A batch failed for a reason that may pass (connection, deadlock, timeout): it is retried, nothing parked. */
  readonly onError?: (projection: string, error: unknown) => void;
  /** Events of a batch could not be applied: they were parked and the projection went on. */
  readonly onParked?: (projection: string, count: number) => void;
  /** This instance took these projections (at start-up, or over from an instance that stopped). */
  readonly onAcquired?: (projections: readonly string[]) => void;
  /** The lock connection was lost: these projections stopped here, and any instance may take them. */
  readonly onLost?: (projections: readonly string[], error: unknown) => void;
}

/** Namespace of our advisory locks, so they cannot collide with others'. */
const LOCK_CLASS = 0x4d41;

/**
 * Feeds projections from the log. Each projection runs in exactly one
 * instance: the one holding its session-level advisory lock; the others stand
 * by and retry. Each batch writes read rows and checkpoint in one transaction.
 * An event a projection cannot apply is parked (see `applyWithParking`) and
 * the projection goes on; a transient failure retries the batch.
 */
export class ProjectionRunner {
  private readonly owned = new Set<string>();
  private readonly progress = new EventEmitter();
  private lockClient: PoolClient | null = null;
  private readonly onLockConnectionLost = (error?: unknown) => this.loseLockConnection(error ?? new Error('Lock connection ended'));
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private lastStandbyAttempt = 0;
  private readonly batchSize: number;
  private readonly idleMs: number;
  private readonly standbyRetryMs: number;

  constructor(
    private readonly pool: Pool,
    private readonly store: EventStore,
    private readonly projections: readonly Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 1000;
    this.idleMs = options.idleMs ?? 50;
    this.standbyRetryMs = options.standbyRetryMs ?? 2000;
    this.progress.setMaxListeners(0);
  }

  get ownedProjections(): readonly string[] {
    return [...this.owned];
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.nudge();
    await this.loop;
    this.loop = null;
    await this.releaseLocks();
  }

  /** Called after a local append so the new events are projected at once. */
  nudge(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  /** Resolves when this instance has projected past `position` (or times out). */
  onProgress(listener: () => void): () => void {
    this.progress.on('advanced', listener);
    return () => this.progress.off('advanced', listener);
  }

  /** Runs every owned projection until it has caught up with the log. */
  async catchUp(): Promise<void> {
    await this.acquireLocks();
    while (await this.stepAll()) {
      /* keep going until a full pass makes no progress */
    }
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        if (Date.now() - this.lastStandbyAttempt >= this.standbyRetryMs) await this.acquireLocks();
        const progressed = await this.stepAll();
        if (!progressed) await this.sleep(this.idleMs);
      } catch (error) {
        this.options.onError?.('runner', error);
        await this.sleep(this.standbyRetryMs);
      }
    }
  }

  private async stepAll(): Promise<boolean> {
    let progressed = false;
    for (const projection of this.projections) {
      if (!this.owned.has(projection.name)) continue;
      try {
        progressed = (await this.step(projection)) || progressed;
      } catch (error) {
        this.options.onError?.(projection.name, error);
      }
    }
    return progressed;
  }

  private async step(projection: Projection): Promise<boolean> {
    // Read every time (a primary-key lookup): a rebuild resets it from outside.
    const from = await loadCheckpoint(this.pool, projection.name);
    const { events, next } = await this.store.readAll({ after: from, limit: this.batchSize, types: projection.eventTypes });
    if (comparePositions(next, from) <= 0) return false;
    const client = await this.pool.connect();
    let parked = 0;
    let failure: Error | undefined;
    try {
      await client.query('BEGIN');
      // Holding the checkpoint row for the whole batch serialises it with a
      // retry of parked events and a rebuild's swap, which take it first too.
      if (!(await lockCheckpointAt(client, projection.name, from))) {
        // Someone moved the checkpoint meanwhile (a rebuild): drop this batch.
        await client.query('ROLLBACK');
        return true;
      }
      if (events.length > 0) parked = await applyWithParking(client, projection, events);
      if (!(await advanceCheckpoint(client, projection.name, from, next))) {
        await client.query('ROLLBACK');
        return true;
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => (failure = rollbackError));
      throw error;
    } finally {
      // A connection that could not even roll back is not given to the next borrower.
      client.release(failure);
    }
    if (parked > 0) this.options.onParked?.(projection.name, parked);
    this.progress.emit('advanced');
    return true;
  }

  private async acquireLocks(): Promise<void> {
    this.lastStandbyAttempt = Date.now();
    let client = this.lockClient;
    try {
      if (!client) {
        client = await this.pool.connect();
        // Losing the lock connection loses the locks: stop projecting at once.
        client.on('error', this.onLockConnectionLost);
        client.on('end', this.onLockConnectionLost);
        this.lockClient = client;
      }
      if (this.owned.size === this.projections.length) {
        // A heartbeat: a connection that died quietly is found here, not never.
        await client.query('SELECT 1');
        return;
      }
      const acquired: string[] = [];
      for (const projection of this.projections) {
        if (this.owned.has(projection.name) || this.lockClient !== client) continue;
        const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked', [
          LOCK_CLASS,
          projection.name,
        ]);
        if (rows[0].locked) {
          await ensureCheckpoint(this.pool, projection.name);
          this.owned.add(projection.name);
          acquired.push(projection.name);
        }
      }
      if (acquired.length > 0) this.options.onAcquired?.(acquired);
    } catch (error) {
      // Whatever failed, the session's locks can no longer be trusted: drop the connection and start over.
      if (client && this.lockClient === client) this.loseLockConnection(error);
      throw error;
    }
  }

  /**
   * Destroys the lock connection (never back to the pool: its session may
   * still hold locks, or be dead) and forgets what it owned; the next standby
   * attempt takes a fresh connection and whatever locks are free.
   */
  private loseLockConnection(error: unknown): void {
    const client = this.lockClient;
    if (!client) return;
    this.lockClient = null;
    const lost = [...this.owned];
    this.owned.clear();
    client.off('error', this.onLockConnectionLost);
    client.off('end', this.onLockConnectionLost);
    client.release(error instanceof Error ? error : true);
    if (lost.length > 0) this.options.onLost?.(lost, error);
  }

  private async releaseLocks(): Promise<void> {
    const client = this.lockClient;
    this.lockClient = null;
    this.owned.clear();
    if (!client) return;
    client.off('error', this.onLockConnectionLost);
    client.off('end', this.onLockConnectionLost);
    try {
      await client.query('SELECT pg_advisory_unlock_all()');
      client.release();
    } catch (error) {
      client.release(error instanceof Error ? error : true);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wake = null;
        resolve();
      }, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
