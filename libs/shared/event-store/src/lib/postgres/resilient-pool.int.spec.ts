import { createTestDatabase, TestDatabase } from '@maillage/shared/testing';
import { FreezableProxy, startFreezableProxy } from './freezable-proxy.test-kit';
import { createResilientPool } from './resilient-pool';

let db: TestDatabase;
let proxy: FreezableProxy;
beforeAll(async () => {
  db = await createTestDatabase([]);
});
beforeEach(async () => {
  proxy = await startFreezableProxy(db.url);
});
afterEach(() => proxy.close());
afterAll(() => db.drop());

const timeouts = { connectTimeoutMs: 500, statementTimeoutMs: 300, idleInTransactionTimeoutMs: 1_000 };
const elapsed = async (work: Promise<unknown>) => {
  const started = Date.now();
  const outcome = await work.then(
    () => 'ok',
    (error: Error) => error.message,
  );
  return { outcome, ms: Date.now() - started };
};

describe('the resilient pool', () => {
  it('survives losing idle and checked-out connections, and reconnects by itself', async () => {
    const poolErrors: Error[] = [];
    const pool = createResilientPool({ connectionString: proxy.url, max: 4, timeouts }, (error) => poolErrors.push(error));
    try {
      const held = await pool.connect();
      await Promise.all([pool.query('SELECT 1'), pool.query('SELECT 1')]);
      proxy.cutAll(); // kills the idle ones (reported to the pool) and the held one (no listener of ours: must not crash)
      await new Promise((r) => setTimeout(r, 100));
      await expect(held.query('SELECT 1')).rejects.toThrow();
      held.release();
      expect(poolErrors.length).toBeGreaterThan(0);
      const { rows } = await pool.query<{ one: number }>('SELECT 1 AS one');
      expect(rows[0].one).toBe(1);
    } finally {
      await pool.end();
    }
  });

  it('applies the statement timeout on the server', async () => {
    const pool = createResilientPool({ connectionString: db.url, max: 2, timeouts }, () => undefined);
    try {
      await expect(pool.query('SELECT pg_sleep(2)')).rejects.toMatchObject({ code: '57014' });
      const { rows } = await pool.query<{ statement_timeout: string }>('SHOW statement_timeout');
      expect(rows[0].statement_timeout).toBe('300ms');
    } finally {
      await pool.end();
    }
  });

  it('gives up on a frozen server within the timeouts, drops the stuck connections, and works again once it thaws', async () => {
    const pool = createResilientPool({ connectionString: proxy.url, max: 2, timeouts }, () => undefined);
    try {
      const borrowed = await pool.connect();
      await borrowed.query('SELECT 1');
      proxy.freeze();
      // A query in flight: answered by the client-side read timeout (statement timeout + grace).
      const inFlight = await elapsed(borrowed.query('SELECT 1'));
      expect(inFlight.outcome).toBe('Query read timeout');
      expect(inFlight.ms).toBeLessThan(4_000);
      borrowed.release();
      // The stuck connection is not handed out again: a new one is opened, and times out connecting.
      const fresh = await elapsed(pool.query('SELECT 1'));
      expect(fresh.outcome).toMatch(/timeout/i);
      expect(fresh.ms).toBeLessThan(3_000);
      proxy.thaw();
      const { rows } = await pool.query<{ one: number }>('SELECT 1 AS one');
      expect(rows[0].one).toBe(1);
      expect(pool.totalCount).toBeLessThanOrEqual(2);
    } finally {
      await pool.end();
    }
  });
});
