import { PostgresEventStore, Projection, ProjectionRunner } from '@maillage/shared/event-store';
import { EventStore } from '@maillage/shared/kernel';
import { Pool } from 'pg';
import { sampleEvent } from '../sample-events';

export interface LogOrderOutcome {
  readonly firstTransaction: number;
  readonly lastTransaction: number;
  readonly appended: number;
  /** Events a ProjectionRunner (batch 20) delivered from the start of the log, per store. */
  readonly delivered: Record<string, number>;
}

const APPENDS = 100;

/**
 * Appends 100 single-event transactions whose ids cross a power of ten
 * (…998, 999, 1000, 1001…), then lets a ProjectionRunner read them from the
 * start in pages of 20. Returns null when the next power of ten is too far to
 * reach quickly.
 */
export async function checkLogOrderAcrossDigits(url: string): Promise<LogOrderOutcome | null> {
  const pool = new Pool({ connectionString: url, max: 4 });
  try {
    const current = Number((await pool.query<{ tx: string }>('SELECT pg_current_xact_id()::text AS tx')).rows[0].tx);
    const boundary = 10 ** Math.ceil(Math.log10(current + APPENDS));
    const burn = boundary - APPENDS / 2 - current;
    if (burn > 200_000) return null;
    if (burn > 0) {
      await pool.query(`DO $$ BEGIN FOR i IN 1..${burn} LOOP PERFORM pg_current_xact_id(); COMMIT; END LOOP; END $$`);
    }
    const shipped = new PostgresEventStore(pool);
    for (let i = 0; i < APPENDS; i++) await shipped.append(`agent-order-${i}`, [sampleEvent(i)], 'no_stream');
    const { rows } = await pool.query<{ first: string; last: string }>(
      'SELECT min(transaction_id::text::bigint)::text AS first, max(transaction_id::text::bigint)::text AS last FROM events',
    );
    const delivered: Record<string, number> = { ours: await countDelivered(pool, shipped, 'ours') };
    return { firstTransaction: Number(rows[0].first), lastTransaction: Number(rows[0].last), appended: APPENDS, delivered };
  } finally {
    await pool.end();
  }
}

async function countDelivered(pool: Pool, store: EventStore, name: string): Promise<number> {
  let count = 0;
  const probe: Projection = {
    name: `bench.log-order.${name}`,
    eventTypes: [],
    readModelTables: [],
    async apply(events) {
      count += events.length;
    },
  };
  const runner = new ProjectionRunner(pool, store, [probe], { batchSize: 20 });
  await runner.catchUp();
  await runner.stop();
  return count;
}
