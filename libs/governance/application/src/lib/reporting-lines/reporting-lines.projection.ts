import type { DirectoryIntegrationEvent, OrgUnitKind } from '@maillage/directory/contracts';
import { LogPosition, RecordedEvent, comparePositions } from '@maillage/shared/kernel';

type Of<T extends DirectoryIntegrationEvent['type']> = RecordedEvent<Extract<DirectoryIntegrationEvent, { type: T }>>;

/** Governance's own copy of an agent's place: whom they report to, their unit, whether they left. */
export interface ReportingLineRow {
  readonly agentId: string;
  readonly managerId: string | null;
  readonly unitId: string | null;
  readonly departed: boolean;
  /** The last published event applied: an event at or below it is a replay. */
  readonly position: LogPosition;
}

/** Governance's own copy of the unit tree (to find an agent's direction). */
export interface UnitPlaceRow {
  readonly unitId: string;
  readonly parentId: string | null;
  readonly kind: OrgUnitKind;
  readonly position: LogPosition;
}

const replayed = (row: { position: LogPosition } | null, event: RecordedEvent) => row !== null && comparePositions(event.logPosition, row.position) <= 0;

/** The row after the event; the same row when it is a replay or changes nothing governance keeps. */
export function evolveReportingLine(row: ReportingLineRow | null, event: Of<'directory.AgentChanged'>): ReportingLineRow | null {
  if (replayed(row, event)) return row;
  const d = event.data;
  if (d.managerId === undefined && d.unitId === undefined && d.status === undefined) return row;
  if (row === null && d.managerId === undefined) throw new Error('A reporting line changed before the agent was published');
  return {
    agentId: d.agentId,
    managerId: d.managerId !== undefined ? d.managerId : (row?.managerId ?? null),
    unitId: d.unitId !== undefined ? d.unitId : (row?.unitId ?? null),
    departed: d.status !== undefined ? d.status === 'departed' : (row?.departed ?? false),
    position: event.logPosition,
  };
}

export function evolveUnitPlace(row: UnitPlaceRow | null, event: Of<'directory.OrgUnitChanged'>): UnitPlaceRow | null {
  if (replayed(row, event)) return row;
  const d = event.data;
  if (d.parentId === undefined && d.kind === undefined) return row;
  const kind = d.kind ?? row?.kind;
  if (kind === undefined) throw new Error('A unit moved before it was published');
  return {
    unitId: d.unitId,
    parentId: d.parentId !== undefined ? d.parentId : (row?.parentId ?? null),
    kind,
    position: event.logPosition,
  };
}
