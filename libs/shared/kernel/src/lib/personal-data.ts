import { RecordedEvent } from './event';

/** Whose data is exported: the agent and the account they sign in with. */
export interface PersonalDataSubject {
  readonly agentId: string;
  readonly accountId: string;
}

/**
 * One context's part of the right-of-access export (RGPD art. 15). Each
 * context builds it from its own streams of the subject (read through the
 * event-store port, so it works under every adapter) and from what it records
 * about them — never from another person's stream, never from another
 * context's tables.
 */
export interface PersonalDataSource {
  /** The section's key in the export: the context's name (`directory`, `identity`…). */
  readonly context: string;
  exportFor(subject: PersonalDataSubject): Promise<Readonly<Record<string, unknown>>>;
}

/** An event of the subject's own stream as the export shows it: what happened, when, by whom. */
export interface ExportedEvent {
  readonly type: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly occurredAt: string;
  readonly data: unknown;
  readonly metadata: unknown;
}

export function exportedEvent(event: RecordedEvent, data: unknown = event.data): ExportedEvent {
  return { type: event.type, streamId: event.streamId, streamVersion: event.streamVersion, occurredAt: event.metadata.occurredAt, data, metadata: event.metadata };
}
