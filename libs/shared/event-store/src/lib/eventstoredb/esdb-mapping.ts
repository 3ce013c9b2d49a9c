import {
  ANY,
  AppendExpectedRevision,
  CurrentRevision,
  EventData,
  JSONType,
  NO_STREAM,
  Position,
  RecordedEvent as EsdbRecordedEvent,
  STREAM_EXISTS,
} from '@eventstore/db-client';
import { EventMetadata, ExpectedVersion, LogPosition, NewEvent, RecordedEvent } from '@maillage/shared/kernel';

export function toExpectedRevision(expected: ExpectedVersion): AppendExpectedRevision {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      if (!Number.isSafeInteger(expected) || expected < 0) throw new Error(`invalid expected version ${expected}`);
      return BigInt(expected);
  }
}

/** ESDB reports a missing stream as `no_stream`, or as -1 in older error shapes. */
export function toActualVersion(current: CurrentRevision): number | 'no_stream' {
  return current === NO_STREAM || current < BigInt(0) ? 'no_stream' : Number(current);
}

/** Our metadata object travels as the ESDB metadata, with the schema version beside it. */
export function toEsdbEvent(event: NewEvent): EventData {
  return {
    id: event.eventId,
    contentType: 'application/json',
    type: event.type,
    data: event.data as JSONType,
    metadata: { ...event.metadata, schemaVersion: event.schemaVersion ?? 1 },
  };
}

export function toLogPosition(position: Position): LogPosition {
  return { transaction: Number(position.commit), position: Number(position.prepare) };
}

export function toEsdbPosition(position: LogPosition): Position {
  return { commit: BigInt(position.transaction), prepare: BigInt(position.position) };
}

/**
 * Servers before 22.6 send no position with stream reads (or -1, which arrives
 * as 2^64 - 1): a log position past 2^53 bytes is not a real one.
 */
export function knownPosition(position: Position | undefined): Position | undefined {
  if (!position || position.commit > BigInt(Number.MAX_SAFE_INTEGER)) return undefined;
  return position;
}

/** `$`-prefixed types (links, `$metadata`, stats) and `$`-prefixed streams belong to ESDB itself. */
export function isSystemRecord(event: { readonly type: string; readonly streamId: string }): boolean {
  return event.type.startsWith('$') || event.streamId.startsWith('$');
}

export function toRecorded(event: EsdbRecordedEvent): RecordedEvent {
  const position = knownPosition(event.position);
  if (!position) {
    const where = `${event.streamId}@${event.revision}`;
    throw new Error(`EventStoreDB sent no log position for ${where}: the adapter needs server 22.6 or later`);
  }
  const { schemaVersion, metadata } = splitMetadata(event.metadata, event.created);
  return {
    eventId: event.id,
    type: event.type,
    schemaVersion,
    streamId: event.streamId,
    streamVersion: Number(event.revision),
    logPosition: toLogPosition(position),
    data: event.data,
    metadata,
  };
}

function splitMetadata(raw: unknown, created: Date): { schemaVersion: number; metadata: EventMetadata } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || raw instanceof Uint8Array) {
    // Written by another tool: keep the event readable, say who is unknown.
    return {
      schemaVersion: 1,
      metadata: {
        actorId: 'unknown',
        roles: [],
        correlationId: '',
        causationId: null,
        occurredAt: created.toISOString(),
      },
    };
  }
  const { schemaVersion, ...metadata } = raw as EventMetadata & { schemaVersion?: unknown };
  return { schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : 1, metadata };
}
