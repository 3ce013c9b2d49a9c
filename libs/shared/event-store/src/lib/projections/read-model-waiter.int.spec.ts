import { randomUUID } from 'node:crypto';
import { NewEvent } from '@maillage/shared/kernel';
import { createTestDatabase, TestDatabase } from '@maillage/shared/testing';
import { EVENT_STORE_MIGRATIONS } from '../migrations';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';
import { ReadModelWaiter } from './read-model-waiter';

/** A read model that only moves its checkpoint: enough to tell a running projection from a stalled one. */
const projection = (name: string, eventTypes: string[], consumes?: (type: string) => boolean): Projection => ({
  name,
  eventTypes,
  readModelTables: [],
  ...(consumes ? { consumes } : {}),
  apply: async () => undefined,
});

const event = (type: string): NewEvent => ({
  eventId: randomUUID(),
  type,
  data: {},
  metadata: { actorId: 't', roles: [], correlationId: 'c', causationId: null, occurredAt: new Date().toISOString() },
});

const running = projection('waiter-running', ['Counted']);
/** Never run here: what a projection stuck in another context, or held by a dead instance, looks like. */
const stalled = projection('waiter-stalled', ['Stalled']);
/** Fed through a mapping from another context's `Counted` (as integration events are): it says so with `consumes`. */
const mapped = projection('waiter-mapped', ['CountedPublished'], (type) => type === 'Counted' || type === 'CountedPublished');

let db: TestDatabase;
let store: PostgresEventStore;
let runner: ProjectionRunner;
beforeAll(async () => {
  db = await createTestDatabase(EVENT_STORE_MIGRATIONS);
  store = new PostgresEventStore(db.pool);
  runner = new ProjectionRunner(db.pool, store, [running], { idleMs: 10 });
  runner.start();
});
afterAll(async () => {
  await runner.stop();
  await db.drop();
});

const timed = async (waiting: Promise<boolean>) => {
  const started = Date.now();
  return { consistent: await waiting, ms: Date.now() - started };
};

describe('ReadModelWaiter, told the types a write appended', () => {
  it('confirms a write that only running projections consume, while another projection is stalled', async () => {
    const waiter = new ReadModelWaiter(db.pool, [running, stalled], runner);
    const written = await store.append(`w-${randomUUID()}`, [event('Counted')], 'no_stream');
    expect(await waiter.waitFor(written.logPosition, 10_000, ['Counted'])).toBe(true);
    // Waiting for every projection, the same write is held back by the stalled one.
    expect(await waiter.waitFor(written.logPosition, 300)).toBe(false);
  });

  it('answers not consistent within the bound for a write the stalled projection consumes', async () => {
    const waiter = new ReadModelWaiter(db.pool, [running, stalled], runner);
    const written = await store.append(`w-${randomUUID()}`, [event('Counted'), event('Stalled')], 'no_stream');
    const outcome = await timed(waiter.waitFor(written.logPosition, 500, ['Counted', 'Stalled']));
    expect(outcome.consistent).toBe(false);
    expect(outcome.ms).toBeGreaterThanOrEqual(450);
    expect(outcome.ms).toBeLessThan(2_000);
  });

  it('waits for a projection that consumes the type through a mapping (its `consumes` hook), not only its own event types', async () => {
    const waiter = new ReadModelWaiter(db.pool, [running, mapped], runner);
    const written = await store.append(`w-${randomUUID()}`, [event('Counted')], 'no_stream');
    expect(await waiter.waitFor(written.logPosition, 300, ['Counted'])).toBe(false);
  });

  it('confirms at once a write no read model consumes, and waits for every projection when the types are not known', async () => {
    const waiter = new ReadModelWaiter(db.pool, [stalled, 'waiter-unknown-types'], null);
    const written = await store.append(`w-${randomUUID()}`, [event('Audited')], 'no_stream');
    expect(await new ReadModelWaiter(db.pool, [stalled], null).waitFor(written.logPosition, 300, ['Audited'])).toBe(true);
    // A projection known only by name may consume anything: it is waited for.
    expect(await waiter.waitFor(written.logPosition, 300, ['Audited'])).toBe(false);
    expect(await waiter.waitFor(written.logPosition, 300)).toBe(false);
  });
});
