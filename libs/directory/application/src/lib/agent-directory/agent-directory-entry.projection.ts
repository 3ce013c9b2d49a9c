import { AgentEvent, AgentStatus, OrgUnitEvent, OrgUnitKind } from '@maillage/directory/domain';
import { RecordedEvent } from '@maillage/shared/kernel';

/** One row of the directory read model, before joins with org units. */
export interface AgentDirectoryRow {
  readonly id: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly usualName: string | null;
  readonly postTitle: string;
  readonly unitId: string | null;
  readonly managerId: string | null;
  readonly workEmail: string;
  readonly workPhone: string | null;
  readonly office: string | null;
  readonly startDate: string | null;
  readonly status: AgentStatus;
  /** Stream version of the last event applied: replays at or below it are ignored. */
  readonly version: number;
}

export const AGENT_DIRECTORY_EVENTS = ['AgentRegistered', 'AgentFieldChanged'] as const;

export function evolveAgentDirectoryRow(row: AgentDirectoryRow | null, recorded: RecordedEvent): AgentDirectoryRow | null {
  if (row !== null && recorded.streamVersion <= row.version) return row;
  const event = { type: recorded.type, data: recorded.data } as AgentEvent;
  switch (event.type) {
    case 'AgentRegistered': {
      const { agentId, ...profile } = event.data;
      return { id: agentId, ...profile, status: 'active', version: recorded.streamVersion };
    }
    case 'AgentFieldChanged':
      if (row === null) return null;
      return { ...row, [event.data.field]: event.data.to, version: recorded.streamVersion };
    default:
      return row;
  }
}

export interface OrgUnitRow {
  readonly id: string;
  readonly name: string;
  readonly kind: OrgUnitKind;
  readonly parentId: string | null;
  readonly version: number;
}

export const ORG_UNIT_EVENTS = ['OrgUnitCreated'] as const;

export function evolveOrgUnitRow(row: OrgUnitRow | null, recorded: RecordedEvent): OrgUnitRow | null {
  if (row !== null && recorded.streamVersion <= row.version) return row;
  const event = { type: recorded.type, data: recorded.data } as OrgUnitEvent;
  switch (event.type) {
    case 'OrgUnitCreated':
      return { id: event.data.unitId, name: event.data.name, kind: event.data.kind, parentId: event.data.parentId, version: recorded.streamVersion };
    default:
      return row;
  }
}

/** Folds a batch of events into rows keyed by id: the set-based writers persist the result. */
export function foldRows<Row extends { id: string }>(
  existing: ReadonlyMap<string, Row>,
  events: readonly RecordedEvent[],
  idOf: (event: RecordedEvent) => string,
  evolve: (row: Row | null, event: RecordedEvent) => Row | null,
): Map<string, Row> {
  const rows = new Map(existing);
  for (const event of events) {
    const id = idOf(event);
    const next = evolve(rows.get(id) ?? null, event);
    if (next !== null) rows.set(id, next);
  }
  return rows;
}
