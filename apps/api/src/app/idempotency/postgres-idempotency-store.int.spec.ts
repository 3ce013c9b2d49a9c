import { createTestDatabase, TestDatabase } from '@maillage/shared/testing';
import { PlatformIdempotencyKeys1764577200000 } from './platform-idempotency.migration';
import { PostgresIdempotencyStore } from './postgres-idempotency-store';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase([PlatformIdempotencyKeys1764577200000]);
});
afterAll(() => db.drop());

const answer = { status: 201, body: { id: 'a-1', consistent: true }, headers: { etag: '"0"' } };
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the PostgreSQL idempotency store', () => {
  it('lets one claim win, then replays its answer with its fingerprint', async () => {
    const store = new PostgresIdempotencyStore(db.pool);
    const claims = await Promise.all([1, 2, 3].map(() => store.claim('acc', 'key-once', 'fp')));
    expect(claims.filter((c) => c.kind === 'claimed')).toHaveLength(1);
    expect(claims.filter((c) => c.kind === 'running')).toHaveLength(2);
    await store.complete('acc', 'key-once', answer);
    expect(await store.claim('acc', 'key-once', 'fp')).toEqual({ kind: 'answered', fingerprint: 'fp', answer });
  });

  it('forgets a released claim, so the retry runs', async () => {
    const store = new PostgresIdempotencyStore(db.pool);
    expect((await store.claim('acc', 'key-failed', 'fp')).kind).toBe('claimed');
    await store.release('acc', 'key-failed');
    expect((await store.claim('acc', 'key-failed', 'fp')).kind).toBe('claimed');
  });

  it('hands an abandoned claim (its instance died) to a retry once the lease is over, and never an answered one', async () => {
    const store = new PostgresIdempotencyStore(db.pool, { ttlMs: 60_000, leaseMs: 100 });
    await store.claim('acc', 'key-abandoned', 'fp');
    await store.claim('acc', 'key-answered', 'fp');
    await store.complete('acc', 'key-answered', answer);
    await pause(150);
    expect((await store.claim('acc', 'key-abandoned', 'fp')).kind).toBe('claimed');
    expect((await store.claim('acc', 'key-answered', 'fp')).kind).toBe('answered');
  });

  it('lets a key be used again after it expired', async () => {
    const store = new PostgresIdempotencyStore(db.pool, { ttlMs: 100, leaseMs: 100 });
    await store.claim('acc', 'key-expired', 'fp');
    await store.complete('acc', 'key-expired', answer);
    await pause(150);
    expect((await store.claim('acc', 'key-expired', 'other')).kind).toBe('claimed');
  });
});
