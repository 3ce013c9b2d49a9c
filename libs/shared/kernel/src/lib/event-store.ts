import { ExpectedVersion } from './errors';
import { EventMetadata, LogPosition, RecordedEvent } from './event';

/** An event about to be appended. The id makes retried appends idempotent. */
export interface NewEvent {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion?: number;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

export interface AppendResult {
  /** Version of the last event written (0-based). */
  readonly streamVersion: number;
  /** Position of the last event written: what read models must reach. */
  readonly logPosition: LogPosition;
}

/** One stream's part of an append to several streams. */
export interface StreamAppend {
  readonly streamId: string;
  readonly events: readonly NewEvent[];
  readonly expected: ExpectedVersion;
}

export interface ReadStreamOptions {
  /** Only events at this version or later (0-based): how a cached fold catches up. */
  readonly fromVersion?: number;
}

export interface ReadAllOptions {
  /** Exclusive lower bound; `LOG_START` reads from the beginning. */
  readonly after: LogPosition;
  readonly limit: number;
  /** Only these event types (all when absent). */
  readonly types?: readonly string[];
}

export interface ReadAllResult {
  readonly events: readonly RecordedEvent[];
  /**
   * Where the next read should start. Past the last event returned, and past
   * events skipped by the type filter, but never past an event that could
   * still appear (a transaction not yet committed).
   */
  readonly next: LogPosition;
}

/** The one port every context writes to and every projection reads from. */
export interface EventStore {
  append(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult>;
  /**
   * Appends to several streams, each checked against its own expected version, in the
   * order given; results in the same order. PostgreSQL writes all or nothing (one
   * transaction). EventStoreDB has no multi-stream transaction: it appends stream by stream
   * and stops at the first refusal, so put the stream that decides a race first.
   */
  appendToStreams(appends: readonly StreamAppend[]): Promise<AppendResult[]>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<readonly RecordedEvent[]>;
  readAll(options: ReadAllOptions): Promise<ReadAllResult>;
  /**
   * The newest position a reader can see now (`LOG_START` for an empty log):
   * a safe place to start reading "from now" without skipping a late commit.
   */
  headPosition(): Promise<LogPosition>;
  /**
   * The position of the newest event committed so far, which may still sit
   * above what readers can see (an older transaction is open somewhere). Wait
   * for it to see every write made so far; never start a read from it.
   */
  committedHeadPosition(): Promise<LogPosition>;
}

export const EVENT_STORE = Symbol('EventStore');
