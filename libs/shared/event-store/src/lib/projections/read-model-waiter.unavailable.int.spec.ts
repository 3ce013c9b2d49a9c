import { createTestDatabase, TestDatabase } from '@maillage/shared/testing';
import { EVENT_STORE_MIGRATIONS } from '../migrations';
import { FreezableProxy, startFreezableProxy } from '../postgres/freezable-proxy.test-kit';
import { createResilientPool } from '../postgres/resilient-pool';
import { ReadModelWaiter } from './read-model-waiter';

let db: TestDatabase;
let proxy: FreezableProxy;
beforeAll(async () => {
  db = await createTestDatabase(EVENT_STORE_MIGRATIONS);
  proxy = await startFreezableProxy(db.url);
});
afterAll(async () => {
  await proxy.close();
  await db.drop();
});

const far = { transaction: Number.MAX_SAFE_INTEGER, position: Number.MAX_SAFE_INTEGER };

async function timed(work: Promise<boolean>) {
  const started = Date.now();
  const value = await work;
  return { value, ms: Date.now() - started };
}

describe('the read-your-writes wait when the database fails after the write committed', () => {
  it('answers "not consistent" on a frozen database, within its own timeout', async () => {
    const pool = createResilientPool({ connectionString: proxy.url, max: 2, timeouts: { connectTimeoutMs: 5_000, statementTimeoutMs: 5_000, idleInTransactionTimeoutMs: 5_000 } }, () => undefined);
    try {
      await pool.query('SELECT 1');
      proxy.freeze();
      const outcome = await timed(new ReadModelWaiter(pool, ['directory'], null).waitFor(far, 300));
      expect(outcome.value).toBe(false);
      expect(outcome.ms).toBeLessThan(1_000);
    } finally {
      proxy.thaw();
      await pool.end();
    }
  });

  it('answers "not consistent" instead of throwing when the database refuses connections', async () => {
    const pool = createResilientPool({ connectionString: 'postgres://nobody:x@127.0.0.1:1/none', max: 2 }, () => undefined);
    try {
      const outcome = await timed(new ReadModelWaiter(pool, ['directory'], null).waitFor(far, 2_000));
      expect(outcome.value).toBe(false);
      expect(outcome.ms).toBeLessThan(1_000);
    } finally {
      await pool.end();
    }
  });
});
