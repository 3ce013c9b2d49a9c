import { RowIssue } from './import-errors';
import { ImportRow, ImportStatus } from './rows';
import { SnapshotAgent, SnapshotUnit } from './snapshot';

/** The planner's notes on one row, filled in stage by stage. */
export interface RowWork {
  readonly row: ImportRow;
  readonly errors: RowIssue[];
  readonly warnings: RowIssue[];
  /** The directory agent the row describes, or null for a new agent. */
  agent: SnapshotAgent | null;
  /** The existing agent's id, or the id a new agent will be registered under. */
  agentId: string | null;
  unit: SnapshotUnit | null;
  /** The status the file asks for; undefined leaves it as it is. */
  status: ImportStatus | undefined;
  /** A new agent the file says has already left: there is nothing to register. */
  skipped: boolean;
  /** The manager the file asks for; undefined leaves the reporting line as it is. */
  managerId: string | null | undefined;
}

export const isNewAgent = (work: RowWork): boolean => work.agent === null && !work.skipped;
export const failed = (work: RowWork): boolean => work.errors.length > 0;
