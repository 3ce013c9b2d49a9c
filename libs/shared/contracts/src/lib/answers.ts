/** One page of a list: `total` counts every match, not just this page's items. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  /** 1-based. */
  readonly page: number;
  readonly pageSize: number;
}

/** Where a write landed in the log (`transaction` is the commit position on EventStoreDB). */
export interface LogPositionBody {
  readonly transaction: number;
  readonly position: number;
}

/** What every command answers: where its events landed and whether reads see them yet. */
export interface CommandAccepted {
  /** The identifier of what the command created or changed. */
  readonly id: string;
  /** Stream version after the command: send it back as `If-Match` to edit without overwriting; -1 when nothing exists yet. */
  readonly version: number;
  /** Null when the command changed nothing (nothing was appended). */
  readonly position: LogPositionBody | null;
  /** False when the read models that show the write had not caught up within the wait bound. */
  readonly consistent: boolean;
}
