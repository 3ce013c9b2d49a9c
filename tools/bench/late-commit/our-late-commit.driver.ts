import { randomUUID } from 'node:crypto';
import { PostgresEventStore, Projection, ProjectionRunner } from '@maillage/shared/event-store';
import { LogPosition, NewEvent } from '@maillage/shared/kernel';
import { Client, Pool } from 'pg';
import { sampleEvent } from '../sample-events';
import { LateCommitDriver, LateCommitReader, OpenTransaction } from './late-commit-driver';

const typed = (type: string): NewEvent => ({ ...sampleEvent(0), type });
const expectedOf = (version: number) => (version < 0 ? 'no_stream' : version);

const INVERTED = `
  SELECT count(*)::int AS n FROM (
    SELECT global_position AS gp,
           max(global_position) OVER (ORDER BY transaction_id
             RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE GROUP) AS older_max
    FROM events) x
  WHERE gp < older_max`;

/** Our store: the public `append`, and a ProjectionRunner as the reader. */
export function ourLateCommitDriver(url: string): LateCommitDriver {
  const pool = new Pool({ connectionString: url, max: 10 });
  const store = new PostgresEventStore(pool);
  return {
    store: 'ours',
    readerDescription:
      'ProjectionRunner.start() (as the app runs it: readAll pages from its checkpoint in (transaction, position) order, ' +
      'checkpoint row updated with each batch), one projection recording what it is given',
    settleMs: 500,
    target: {
      append: async (streamId, version, events) => {
        await store.append(streamId, events, expectedOf(version));
      },
      close: async () => undefined,
    },
    async begin(): Promise<OpenTransaction> {
      const client = new Client({ connectionString: url });
      await client.connect();
      await client.query('BEGIN');
      return {
        async takeTransactionId() {
          await client.query('SELECT pg_current_xact_id()');
        },
        async append(streamId, version, type) {
          // The statement PostgresEventStore.append sends, inside our transaction.
          await client.query('SELECT * FROM append_to_stream($1, $2, $3)', [
            streamId,
            String(expectedOf(version)),
            JSON.stringify([{ ...typed(type), schemaVersion: 1 }]),
          ]);
        },
        async commit() {
          await client.query('COMMIT');
          await client.end();
        },
      };
    },
    async append(streamId, version, type) {
      await store.append(streamId, [typed(type)], expectedOf(version));
    },
    async startReader(): Promise<LateCommitReader> {
      const deliveredTypes: string[] = [];
      const deliveredIds = new Set<string>();
      const probe: Projection = {
        name: `bench.late-commit-probe.${randomUUID()}`,
        eventTypes: [],
        readModelTables: [],
        async apply(events) {
          for (const e of events) {
            deliveredTypes.push(e.type);
            deliveredIds.add(e.eventId);
          }
        },
      };
      const runner = new ProjectionRunner(pool, store, [probe]);
      runner.start();
      return { deliveredTypes, deliveredIds, stop: () => runner.stop() };
    },
    async positions() {
      const { rows } = await pool.query<{ type: string; tx: string; pos: string }>(
        'SELECT type, transaction_id::text AS tx, global_position AS pos FROM events',
      );
      return Object.fromEntries(rows.map((r): [string, LogPosition] => [r.type, { transaction: Number(r.tx), position: Number(r.pos) }]));
    },
    async storedIds() {
      const { rows } = await pool.query<{ id: string }>('SELECT event_id AS id FROM events');
      return rows.map((r) => r.id);
    },
    async countInverted() {
      const { rows } = await pool.query<{ n: number }>(INVERTED);
      return rows[0].n;
    },
    close: () => pool.end(),
  };
}
