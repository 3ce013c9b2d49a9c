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
    private readonly pool: Pool,
    private readonly store: EventStore,
    private readonly projection: ProjectionUnderTest,
    private readonly batchSize = 2,
  ) {}

  async catchUp(timeoutMs = 20_000): Promise<void> {
    const target = await this.store.committedHeadPosition();
    const deadline = Date.now() + timeoutMs;
    while (comparePositions(this.position, target) < 0) {
      const { events, next } = await this.store.readAll({ after: this.position, limit: this.batchSize, types: this.projection.eventTypes });
      if (comparePositions(next, this.position) <= 0) {
        // Another database of the shared test cluster may hold a transaction open: the head shows later.
        if (Date.now() > deadline) throw new Error(`${this.projection.name}: the log stayed unreadable past ${JSON.stringify(this.position)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
        continue;
      }
      if (events.length > 0) await this.applyBatch(events);
      this.position = next;
    }
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
 * The read model rebuilt from zero equals, row for row, the one built
 * incrementally; and the history held every event type the projection
 * declares, so the check cannot silently cover less when a type is added.
 * `rebuild` is the real `rebuildProjection` (passed in for the same reason as above).
 */
export async function expectRebuildEqualsIncremental(
  pool: Pool,
  store: EventStore,
  projection: ProjectionUnderTest,
  rebuild: () => Promise<{ readonly parked: number }>,
): Promise<void> {
  const seen = new Set<string>();
  for (let after = LOG_START; ; ) {
    const { events, next } = await store.readAll({ after, limit: 1000, types: projection.eventTypes });
    events.forEach((event) => seen.add(event.type));
    if (events.length === 0) break;
    after = next;
  }
  expect([...seen].sort()).toEqual([...projection.eventTypes].sort());

  const incremental = await snapshotTables(pool, projection.readModelTables);
  for (const table of projection.readModelTables) expect({ table, empty: incremental[table].length === 0 }).toEqual({ table, empty: false });
  expect(await rebuild()).toMatchObject({ parked: 0 });
  expect(await snapshotTables(pool, projection.readModelTables)).toEqual(incremental);
}
