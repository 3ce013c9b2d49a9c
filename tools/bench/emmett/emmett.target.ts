import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { NewEvent } from '@maillage/shared/kernel';
import { AppendTarget } from '../append/append-target';

/**
 * Emmett's PostgreSQL event store through its public API. Its stream
 * versions count events (a new stream is at 0), ours number them from 0.
 * Its pool is node-postgres' default (10 connections), the same as ours.
 */
export async function emmettTarget(url: string): Promise<AppendTarget> {
  const store = getPostgreSQLEventStore(url);
  await store.schema.migrate();
  return {
    async append(streamId: string, version: number, events: readonly NewEvent[]) {
      await store.appendToStream(
        streamId,
        events.map(toEmmettEvent),
        { expectedStreamVersion: BigInt(version + 1) },
      );
    },
    close: () => store.close(),
  };
}

/** Our event as Emmett takes it: its metadata is a plain record it adds the message id to. */
export function toEmmettEvent(e: NewEvent) {
  return { type: e.type, data: e.data as Record<string, unknown>, metadata: { ...e.metadata } };
}
