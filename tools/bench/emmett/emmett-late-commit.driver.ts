import { randomUUID } from 'node:crypto';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { LogPosition } from '@maillage/shared/kernel';
import { Client } from 'pg';
import { AppendTarget } from '../append/append-target';
import { LateCommitDriver, LateCommitReader, OpenTransaction } from '../late-commit/late-commit-driver';
import { sampleEvent } from '../sample-events';
import { EMMETT_READER } from './emmett-reader';
import { toEmmettEvent } from './emmett.target';

const PARTITION = 'emt:default';

const INVERTED = `
  SELECT count(*)::int AS n FROM (
    SELECT global_position AS gp,
           max(global_position) OVER (ORDER BY transaction_id
             RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE GROUP) AS older_max
    FROM emt_messages) x
  WHERE gp < older_max`;

/** Emmett through its public API: appendToStream, and its consumer as the reader. */
export async function emmettLateCommitDriver(url: string): Promise<LateCommitDriver> {
  const store = getPostgreSQLEventStore(url);
  await store.schema.migrate();
  const target: AppendTarget = {
    append: async (streamId, version, events) => {
      await store.appendToStream(streamId, events.map(toEmmettEvent), { expectedStreamVersion: BigInt(version + 1) });
    },
    close: async () => undefined,
  };
  const admin = new Client({ connectionString: url });
  await admin.connect();
  const sample = sampleEvent(0);
  return {
    store: 'Emmett',
    readerDescription: EMMETT_READER,
    settleMs: 1500,
    target,
    async begin(): Promise<OpenTransaction> {
      const client = new Client({ connectionString: url });
      await client.connect();
      await client.query('BEGIN');
      return {
        async takeTransactionId() {
          await client.query('SELECT pg_current_xact_id()');
        },
        async append(streamId, version, type) {
          // The call appendToStream makes (emt_append_to_stream), inside our transaction.
          const { rows } = await client.query<{ success: boolean }>(
            `SELECT * FROM emt_append_to_stream(ARRAY[$1]::text[], ARRAY[$2]::jsonb[], ARRAY[$3]::jsonb[], ARRAY['1']::text[],
               ARRAY[$4]::text[], ARRAY['E']::text[], $5::text, 'agent'::text, $6::bigint, $7::text)`,
            [randomUUID(), JSON.stringify(sample.data), JSON.stringify(sample.metadata), type, streamId, version + 1, PARTITION],
          );
          if (!rows[0]?.success) throw new Error(`emt_append_to_stream refused ${type} on ${streamId}`);
        },
        async commit() {
          await client.query('COMMIT');
          await client.end();
        },
      };
    },
    async append(streamId, version, type) {
      await target.append(streamId, version, [{ ...sample, type }]);
    },
    async startReader(): Promise<LateCommitReader> {
      const deliveredTypes: string[] = [];
      const deliveredIds = new Set<string>();
      const consumer = store.consumer();
      consumer.reactor({
        processorId: `bench-late-commit-${randomUUID()}`,
        eachMessage: async (message) => {
          deliveredTypes.push(message.type);
          deliveredIds.add(message.metadata.messageId);
        },
      });
      void consumer.start();
      return { deliveredTypes, deliveredIds, stop: () => consumer.stop() };
    },
    async positions() {
      const { rows } = await admin.query<{ type: string; tx: string; pos: string }>(
        'SELECT message_type AS type, transaction_id::text AS tx, global_position::text AS pos FROM emt_messages',
      );
      return Object.fromEntries(rows.map((r): [string, LogPosition] => [r.type, { transaction: Number(r.tx), position: Number(r.pos) }]));
    },
    async storedIds() {
      const { rows } = await admin.query<{ id: string }>('SELECT message_id AS id FROM emt_messages');
      return rows.map((r) => r.id);
    },
    async countInverted() {
      const { rows } = await admin.query<{ n: number }>(INVERTED);
      return rows[0].n;
    },
    async close() {
      await admin.end();
      await store.close();
    },
  };
}
