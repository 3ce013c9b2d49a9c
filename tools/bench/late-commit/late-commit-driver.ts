import { LogPosition } from '@maillage/shared/kernel';
import { AppendTarget } from '../append/append-target';

/** A transaction kept open on its own connection. */
export interface OpenTransaction {
  /**
   * Makes the transaction take its id now, as one that wrote something else
   * before appending would (an outbox row, a document, another stream).
   */
  takeTransactionId(): Promise<void>;
  /**
   * Runs the store's own append statement inside the open transaction (the
   * SQL its `append` sends, without the commit).
   */
  append(streamId: string, version: number, type: string): Promise<void>;
  commit(): Promise<void>;
}

export interface LateCommitReader {
  /** Event types handed to the consumer's handler, in delivery order. */
  readonly deliveredTypes: readonly string[];
  readonly deliveredIds: ReadonlySet<string>;
  stop(): Promise<void>;
}

/** What a late-commit scenario needs from a store; one implementation per store. */
export interface LateCommitDriver {
  readonly store: string;
  /** How the reader is driven, printed next to the verdict. */
  readonly readerDescription: string;
  /** How long the reader needs to notice new events (its idle poll). */
  readonly settleMs: number;
  /** The store's public append, for the concurrent-writers run. */
  readonly target: AppendTarget;
  begin(): Promise<OpenTransaction>;
  /** An append through the store's public API, in its own committed transaction. */
  append(streamId: string, version: number, type: string): Promise<void>;
  startReader(): Promise<LateCommitReader>;
  /** Where each event type landed in the log: (transaction id, global position). */
  positions(): Promise<Record<string, LogPosition>>;
  storedIds(): Promise<string[]>;
  /** Events whose position is below that of an event from an older transaction: where the two orders disagree. */
  countInverted(): Promise<number>;
  close(): Promise<void>;
}
