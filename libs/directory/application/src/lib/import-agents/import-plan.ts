import { AgentField, AgentRegisteredData, AgentStatus } from '@maillage/directory/domain';
import { ImportColumn } from './columns';
import { RowIssue } from './import-errors';
import { ImportField } from './rows';

export type RowOutcome = 'new' | 'changed' | 'unchanged' | 'error';

export interface FieldChange {
  readonly field: ImportField;
  readonly column: ImportColumn;
  readonly from: string | null;
  readonly to: string | null;
}

export interface UnitRef {
  readonly id: string;
  readonly name: string;
}

export interface AgentRef {
  readonly id: string;
  readonly name: string | null;
}

/** What the dry run says about one line of the file. */
export interface ImportRowReport {
  readonly line: number;
  readonly matricule: string | null;
  /** « Prénom Nom », as the file writes it. */
  readonly name: string | null;
  /** The agent the line describes (existing, or the id a new agent will get); null if it cannot be told. */
  readonly agentId: string | null;
  readonly outcome: RowOutcome;
  readonly changes: readonly FieldChange[];
  readonly move?: { readonly from: UnitRef | null; readonly to: UnitRef };
  readonly managerChange?: { readonly from: AgentRef | null; readonly to: AgentRef | null };
  readonly statusChange?: { readonly from: AgentStatus | null; readonly to: 'active' | 'on_leave' };
  readonly departure?: { readonly departedOn: string };
  readonly errors: readonly RowIssue[];
  /** Not blocking: what the import will not do, or did by inference (matched by e-mail…). */
  readonly warnings: readonly RowIssue[];
}

/** A directory command, as data: the service sends the matching CQRS command. */
export type PlannedCommand =
  | { readonly type: 'RegisterAgent'; readonly data: AgentRegisteredData }
  | { readonly type: 'ChangeAgentFields'; readonly agentId: string; readonly changes: Partial<Record<AgentField, string | null>> }
  | { readonly type: 'MoveAgentToUnit'; readonly agentId: string; readonly unitId: string }
  | { readonly type: 'AssignManager'; readonly agentId: string; readonly managerId: string | null }
  | { readonly type: 'ChangeAgentStatus'; readonly agentId: string; readonly status: 'active' | 'on_leave' }
  | { readonly type: 'RecordDeparture'; readonly agentId: string; readonly departedOn: string };

/**
 * Commands for one agent in one wave, run in order. Waves run one after the
 * other, with the read models caught up in between: a manager registered or
 * moved in wave n is visible to the reporting-line checks of wave n + 1.
 */
export interface ImportTask {
  readonly line: number;
  readonly agentId: string;
  readonly wave: number;
  /** The stream version the plan was made against; null for a new agent. */
  readonly snapshotVersion: number | null;
  /** New agents this task needs (their managers): if one was not registered, the task fails. */
  readonly dependsOn: readonly string[];
  readonly commands: readonly PlannedCommand[];
}

export interface ImportSummary {
  readonly rows: number;
  readonly new: number;
  readonly changed: number;
  readonly unchanged: number;
  readonly error: number;
  readonly withWarnings: number;
  readonly commands: number;
  readonly waves: number;
}

export interface ImportPlan {
  readonly rows: readonly ImportRowReport[];
  /** In a valid order: by wave, then by line. */
  readonly tasks: readonly ImportTask[];
  readonly summary: ImportSummary;
}

/** Commands that carry the version the editor saw (If-Match semantics). */
export const VERSIONED_COMMANDS: ReadonlySet<PlannedCommand['type']> = new Set(['ChangeAgentFields', 'MoveAgentToUnit', 'AssignManager']);
