/** Who did something, on whose behalf and why: carried by every event in the log. */
export interface EventMetadata {
  readonly actorId: string;
  /** The agent behind the acting account, when there is one: who changed what, in people's terms. */
  readonly actorAgentId?: string | null;
  readonly roles: readonly string[];
  /** The request that started the chain of work (the HTTP request id). */
  readonly correlationId: string;
  /** The message (request, command or event) that directly caused this event. */
  readonly causationId: string | null;
  /** ISO-8601 UTC instant, from the injected clock. */
  readonly occurredAt: string;
  readonly reason?: string;
  readonly decisionRef?: string;
}

/** An event as a decider emits it: a type tag and plain JSON data. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/**
 * A point in the global log. Positions are ordered lexicographically on
 * (transaction, position): PostgreSQL orders by commit-safe transaction id then
 * sequence, EventStoreDB by commit then prepare position.
 */
export interface LogPosition {
  readonly transaction: number;
  readonly position: number;
}

export const LOG_START: LogPosition = { transaction: 0, position: 0 };

export function comparePositions(a: LogPosition, b: LogPosition): number {
  if (a.transaction !== b.transaction) return a.transaction < b.transaction ? -1 : 1;
  if (a.position !== b.position) return a.position < b.position ? -1 : 1;
  return 0;
}

/** The envelope of an event once stored. */
export interface RecordedEvent<E extends DomainEvent = DomainEvent> {
  readonly eventId: string;
  readonly type: E['type'];
  readonly schemaVersion: number;
  readonly streamId: string;
  /** 0-based version of the event within its stream. */
  readonly streamVersion: number;
  readonly logPosition: LogPosition;
  readonly data: E['data'];
  readonly metadata: EventMetadata;
}
