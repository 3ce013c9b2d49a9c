import { comparePositions, EventStore, LOG_START, LogPosition, RecordedEvent } from '@maillage/shared/kernel';
import { Pool } from 'pg';
import { snapshotTables } from './snapshot-tables';

/**
 * What these checks need of a projection: the shape of the event store's `Projection`,
 * restated because the event store's own specs import this library (no cycle).
 */
export interface ProjectionUnderTest {
  readonly name: string;
  readonly eventTypes: readonly string[];
  readonly readModelTables: readonly string[];
  apply(events: readonly RecordedEvent[], sql: { query(text: string, params?: readonly unknown[]): Promise<{ rows: unknown[] }> }): Promise<void>;
}

/**
 * Applies a projection as the live runner does, batch by small batch, one
 * transaction each, from where it last stopped up to the committed head. Unlike
 * the runner it fails on the first error instead of parking the event: a parked
 * event would be missing from both builds alike and the comparison would pass.
 */
export class IncrementalProjection {
  private position: LogPosition = LOG_START;

  constructor(
    readonly pool: Pool,
    readonly store: EventStore,
    readonly projection: ProjectionUnderTest,
    private readonly batchSize = 2,
  ) {}

  async catchUp(timeoutMs = 20_000): Promise<void> {
    this.position = await readToHead(this.store, this.projection, this.position, this.batchSize, timeoutMs, (events) => this.applyBatch(events));
  }

  private async applyBatch(events: readonly RecordedEvent[]): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await this.projection.apply(events, client);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

/**
 * Reads the projection's events from `after` up to the head committed when called, batch by
 * batch, and answers where it stopped. Another database of the shared test cluster may hold a
 * transaction open, which holds back what a reader may see: it waits for the head to show.
 */
async function readToHead(
  store: EventStore,
  projection: ProjectionUnderTest,
  after: LogPosition,
  batchSize: number,
  timeoutMs: number,
  onBatch: (events: readonly RecordedEvent[]) => Promise<void> | void,
): Promise<LogPosition> {
  const target = await store.committedHeadPosition();
  const deadline = Date.now() + timeoutMs;
  let position = after;
  while (comparePositions(position, target) < 0) {
    const { events, next } = await store.readAll({ after: position, limit: batchSize, types: projection.eventTypes });
    if (comparePositions(next, position) <= 0) {
      if (Date.now() > deadline) throw new Error(`${projection.name}: the log stayed unreadable past ${JSON.stringify(position)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      continue;
    }
    if (events.length > 0) await onBatch(events);
    position = next;
  }
  return position;
}

/**
 * The read model rebuilt from zero equals, row for row, the one built
 * incrementally (caught up to the head first); and the history held every event
 * type the projection declares, so the check cannot silently cover less when a
 * type is added. `rebuild` is the real `rebuildProjection` (passed in for the
 * same reason as above).
 */
export async function expectRebuildEqualsIncremental(live: IncrementalProjection, rebuild: () => Promise<{ readonly parked: number }>): Promise<void> {
  const { pool, store, projection } = live;
  await live.catchUp();
  const seen = new Set<string>();
  await readToHead(store, projection, LOG_START, 1000, 20_000, (events) => events.forEach((event) => seen.add(event.type)));
  expect([...seen].sort()).toEqual([...projection.eventTypes].sort());

  const incremental = await snapshotTables(pool, projection.readModelTables);
  for (const table of projection.readModelTables) expect({ table, empty: incremental[table].length === 0 }).toEqual({ table, empty: false });
  expect(await rebuild()).toMatchObject({ parked: 0 });
  expect(await snapshotTables(pool, projection.readModelTables)).toEqual(incremental);
}
