import { AGENT_HR_FIELDS, AGENT_PROFILE_FIELDS, AgentEvent, AgentHrField, AgentStatus, OrgUnitEvent, OrgUnitKind } from '@maillage/directory/domain';
import { RecordedEvent } from '@maillage/shared/kernel';

/** One agent as the directory read model holds it (HR fields go to their own table). */
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
  readonly departedOn: string | null;
  readonly hr: Readonly<Record<AgentHrField, string | null>>;
  /** Stream version of the last event applied: replays at or below it are ignored. */
  readonly version: number;
}

export interface OrgUnitRow {
  readonly id: string;
  readonly name: string;
  readonly kind: OrgUnitKind;
  readonly parentId: string | null;
  readonly headAgentId: string | null;
  readonly closed: boolean;
  readonly version: number;
}

export const AGENT_EVENT_TYPES = ['AgentRegistered', 'AgentFieldChanged', 'ManagerAssigned', 'AgentMovedToUnit', 'AgentStatusChanged', 'AgentDeparted'] as const;
export const ORG_UNIT_EVENT_TYPES = ['OrgUnitCreated', 'OrgUnitRenamed', 'OrgUnitMoved', 'OrgUnitHeadAssigned', 'OrgUnitClosed'] as const;

const noHr = () => Object.fromEntries(AGENT_HR_FIELDS.map((f) => [f, null])) as Record<AgentHrField, string | null>;
const isHrField = (field: string): field is AgentHrField => (AGENT_HR_FIELDS as readonly string[]).includes(field);
const isProfileField = (field: string) => (AGENT_PROFILE_FIELDS as readonly string[]).includes(field);

export function evolveAgentDirectoryRow(row: AgentDirectoryRow | null, recorded: RecordedEvent): AgentDirectoryRow | null {
  if (row !== null && recorded.streamVersion <= row.version) return row;
  const event = { type: recorded.type, data: recorded.data } as AgentEvent;
  const version = recorded.streamVersion;
  if (event.type === 'AgentRegistered') {
    const { agentId, hr, ...profile } = event.data;
    return { id: agentId, ...profile, status: 'active', departedOn: null, hr: { ...noHr(), ...hr }, version };
  }
  if (row === null) return null;
  switch (event.type) {
    case 'AgentFieldChanged': {
      const { field, to } = event.data;
      if (isHrField(field)) return { ...row, hr: { ...row.hr, [field]: to }, version };
      return isProfileField(field) ? { ...row, [field]: to, version } : { ...row, version };
    }
    case 'ManagerAssigned':
      return { ...row, managerId: event.data.managerId, version };
    case 'AgentMovedToUnit':
      return { ...row, unitId: event.data.toUnitId, version };
    case 'AgentStatusChanged':
      return { ...row, status: event.data.to, version };
    case 'AgentDeparted':
      return { ...row, status: 'departed', departedOn: event.data.departedOn, version };
    default:
      return { ...row, version };
  }
}

export function evolveOrgUnitRow(row: OrgUnitRow | null, recorded: RecordedEvent): OrgUnitRow | null {
  if (row !== null && recorded.streamVersion <= row.version) return row;
  const event = { type: recorded.type, data: recorded.data } as OrgUnitEvent;
  const version = recorded.streamVersion;
  if (event.type === 'OrgUnitCreated') {
    const { unitId, name, kind, parentId } = event.data;
    return { id: unitId, name, kind, parentId, headAgentId: null, closed: false, version };
  }
  if (row === null) return null;
  switch (event.type) {
    case 'OrgUnitRenamed':
      return { ...row, name: event.data.to, version };
    case 'OrgUnitMoved':
      return { ...row, parentId: event.data.toParentId, version };
    case 'OrgUnitHeadAssigned':
      return { ...row, headAgentId: event.data.headAgentId, version };
    case 'OrgUnitClosed':
      return { ...row, closed: true, version };
    default:
      return { ...row, version };
  }
}

/** The nearest ancestor-or-self of kind direction: what "filter by direction" means. */
export function directionOf(unitId: string | null, units: ReadonlyMap<string, OrgUnitRow>): string | null {
  const seen = new Set<string>();
  for (let id = unitId; id !== null && !seen.has(id); ) {
    seen.add(id);
    const unit = units.get(id);
    if (!unit) return null;
    if (unit.kind === 'direction') return unit.id;
    id = unit.parentId;
  }
  return null;
}
