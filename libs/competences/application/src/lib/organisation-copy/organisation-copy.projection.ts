import type { AgentStatus, DirectoryIntegrationEvent, OrgUnitKind } from '@maillage/directory/contracts';
import { LogPosition, RecordedEvent, comparePositions } from '@maillage/shared/kernel';

type Of<T extends DirectoryIntegrationEvent['type']> = RecordedEvent<Extract<DirectoryIntegrationEvent, { type: T }>>;

/** Competences' own copy of a person: what the skill search and the team builder show and filter on. */
export interface PersonRow {
  readonly agentId: string;
  readonly firstName: string;
  readonly nameInUse: string;
  readonly postTitle: string;
  readonly unitId: string | null;
  readonly status: AgentStatus;
  /** The last published event applied: an event at or below it is a replay. */
  readonly position: LogPosition;
}

/** Competences' own copy of a unit. */
export interface UnitRow {
  readonly unitId: string;
  readonly name: string;
  readonly kind: OrgUnitKind;
  readonly parentId: string | null;
  readonly closed: boolean;
  readonly position: LogPosition;
}

const replayed = (row: { position: LogPosition } | null, event: RecordedEvent) => row !== null && comparePositions(event.logPosition, row.position) <= 0;

/** The row after the event; the same row when it is a replay or changes nothing competences keeps. */
export function evolvePersonRow(row: PersonRow | null, event: Of<'directory.AgentChanged'>): PersonRow | null {
  if (replayed(row, event)) return row;
  const { agentId, managerId: _managerId, ...kept } = event.data;
  if (Object.keys(kept).length === 0) return row;
  const next = { ...row, ...kept, agentId, position: event.logPosition };
  if (next.firstName === undefined || next.nameInUse === undefined || next.postTitle === undefined || next.status === undefined) {
    throw new Error('An agent changed before the agent was published');
  }
  return { agentId, firstName: next.firstName, nameInUse: next.nameInUse, postTitle: next.postTitle, unitId: next.unitId ?? null, status: next.status, position: next.position };
}

export function evolveUnitRow(row: UnitRow | null, event: Of<'directory.OrgUnitChanged'>): UnitRow | null {
  if (replayed(row, event)) return row;
  const next = { ...row, ...event.data, position: event.logPosition };
  if (next.name === undefined || next.kind === undefined) throw new Error('A unit changed before it was published');
  return { unitId: next.unitId, name: next.name, kind: next.kind, parentId: next.parentId ?? null, closed: next.closed ?? false, position: next.position };
}

/** The direction a unit is in: itself if it is one, else its nearest ancestor that is (none when the tree has no direction above). */
export function directionOf(unitId: string | null, units: ReadonlyMap<string, Pick<UnitRow, 'unitId' | 'kind' | 'parentId'>>): string | null {
  const seen = new Set<string>();
  for (let id = unitId; id !== null && !seen.has(id); ) {
    seen.add(id);
    const unit = units.get(id);
    if (!unit) return null;
    if (unit.kind === 'direction') return unit.unitId;
    id = unit.parentId;
  }
  return null;
}
