import { createTestDatabase, TestDatabase } from '@maillage/shared/testing';
import { EVENT_STORE_MIGRATIONS } from '../migrations';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { createResilientPool } from '../postgres/resilient-pool';
import { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';

const projection = (name: string): Projection => ({ name, eventTypes: ['Nothing'], readModelTables: [], apply: async () => undefined });

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase(EVENT_STORE_MIGRATIONS);
});
afterAll(() => db.drop());

async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function killLockHolders(): Promise<number> {
  const { rows } = await db.pool.query<{ killed: boolean }>(
    `SELECT pg_terminate_backend(pid) AS killed FROM pg_locks WHERE locktype = 'advisory' AND classid = $1 AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    [0x4d41],
  );
  return rows.length;
}

describe('the projection lock connection', () => {
  it('is destroyed when lost, re-taken by itself, and never leaks a pool slot, with each loss and takeover reported', async () => {
    const pool = createResilientPool({ connectionString: db.url, max: 3 }, () => undefined);
    const lost: string[][] = [];
    const acquired: string[][] = [];
    const runner = new ProjectionRunner(pool, new PostgresEventStore(pool), [projection('alpha'), projection('beta')], {
      standbyRetryMs: 100,
      idleMs: 20,
      onLost: (names) => lost.push([...names]),
      onAcquired: (names) => acquired.push([...names]),
      onError: () => undefined,
    });
    runner.start();
    try {
      await until(() => runner.ownedProjections.length === 2);
      // More losses than the pool has slots: a leak would leave nothing to project with.
      for (let round = 1; round <= 5; round++) {
        expect(await killLockHolders()).toBeGreaterThan(0);
        await until(() => lost.length === round);
        await until(() => runner.ownedProjections.length === 2);
      }
      expect(lost.every((names) => names.sort().join() === 'alpha,beta')).toBe(true);
      expect(acquired.flat().filter((name) => name === 'alpha')).toHaveLength(6);
      await runner.stop();
      // Every connection back in the pool or destroyed: none leaked by the five losses.
      expect(pool.totalCount - pool.idleCount).toBe(0);
      const { rows } = await pool.query<{ one: number }>('SELECT 1 AS one');
      expect(rows[0].one).toBe(1);
    } finally {
      await runner.stop();
      await pool.end();
    }
  });

  it('lets a standby instance take over at once when the owner loses its connection', async () => {
    const pool = createResilientPool({ connectionString: db.url, max: 3 }, () => undefined);
    const options = { standbyRetryMs: 100, idleMs: 20, onError: () => undefined };
    const first = new ProjectionRunner(pool, new PostgresEventStore(pool), [projection('gamma')], options);
    const second = new ProjectionRunner(pool, new PostgresEventStore(pool), [projection('gamma')], options);
    first.start();
    try {
      await until(() => first.ownedProjections.length === 1);
      second.start();
      await new Promise((r) => setTimeout(r, 300));
      expect(second.ownedProjections).toEqual([]);
      await first.stop();
      await until(() => second.ownedProjections.length === 1, 2_000);
    } finally {
      await first.stop();
      await second.stop();
      await pool.end();
    }
  });
});
