import { HR_FIELDS, HrField } from '@maillage/governance/contracts';

/** Fields everyone may see and that change after registration. */
export const AGENT_PROFILE_FIELDS = ['usualName', 'postTitle', 'workPhone', 'office'] as const;
export type AgentProfileField = (typeof AGENT_PROFILE_FIELDS)[number];

/**
 * HR fields: sensitive. Who may see them is the governance policy's decision,
 * applied at the one redaction point; the directory only records them.
 * Union membership, health or any special category of data is never stored.
 */
export const AGENT_HR_FIELDS = HR_FIELDS;
export type AgentHrField = HrField;

export type AgentField = AgentProfileField | AgentHrField;
export const AGENT_FIELDS: readonly AgentField[] = [...AGENT_PROFILE_FIELDS, ...AGENT_HR_FIELDS];

/** What an agent may change on their own profile (the rest is HR's). */
export const SELF_SERVICE_FIELDS: readonly AgentField[] = ['usualName', 'workPhone', 'office', 'diplomas', 'experience'];

export const EMPLOYMENTS = ['titulaire', 'contractuel'] as const;
export const CATEGORIES = ['A', 'B', 'C'] as const;

export interface AgentRegisteredData {
  readonly agentId: string;
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
  /** HR fields known at registration (absent in events written before they existed). */
  readonly hr?: Partial<Record<AgentHrField, string | null>>;
}

export interface AgentFieldChangedData {
  readonly agentId: string;
  readonly field: AgentField;
  readonly from: string | null;
  readonly to: string | null;
}

export type AgentStatus = 'active' | 'on_leave' | 'departed';

export type AgentEvent =
  | { readonly type: 'AgentRegistered'; readonly data: AgentRegisteredData }
  | { readonly type: 'AgentFieldChanged'; readonly data: AgentFieldChangedData }
  | { readonly type: 'ManagerAssigned'; readonly data: { readonly agentId: string; readonly managerId: string | null; readonly previousManagerId: string | null } }
  | { readonly type: 'AgentMovedToUnit'; readonly data: { readonly agentId: string; readonly fromUnitId: string | null; readonly toUnitId: string } }
  | { readonly type: 'AgentStatusChanged'; readonly data: { readonly agentId: string; readonly from: AgentStatus; readonly to: 'active' | 'on_leave' } }
  | { readonly type: 'AgentDeparted'; readonly data: { readonly agentId: string; readonly departedOn: string } };

export type AgentEventType = AgentEvent['type'];

export type RegisteredAgent = {
  readonly kind: 'registered';
  readonly agentId: string;
  readonly status: AgentStatus;
  readonly unitId: string | null;
  readonly managerId: string | null;
  readonly fields: Readonly<Record<AgentField, string | null>>;
};

export type AgentState = { readonly kind: 'unregistered' } | RegisteredAgent;

export const initialAgentState = (): AgentState => ({ kind: 'unregistered' });

const emptyHr = (): Record<AgentHrField, string | null> =>
  Object.fromEntries(AGENT_HR_FIELDS.map((f) => [f, null])) as Record<AgentHrField, string | null>;

export function evolveAgent(state: AgentState, event: AgentEvent): AgentState {
  if (event.type === 'AgentRegistered') {
    const d = event.data;
    return {
      kind: 'registered',
      agentId: d.agentId,
      status: 'active',
      unitId: d.unitId,
      managerId: d.managerId,
      fields: { usualName: d.usualName, postTitle: d.postTitle, workPhone: d.workPhone, office: d.office, ...emptyHr(), ...d.hr },
    };
  }
  if (state.kind !== 'registered') return state;
  switch (event.type) {
    case 'AgentFieldChanged':
      return { ...state, fields: { ...state.fields, [event.data.field]: event.data.to } };
    case 'ManagerAssigned':
      return { ...state, managerId: event.data.managerId };
    case 'AgentMovedToUnit':
      return { ...state, unitId: event.data.toUnitId };
    case 'AgentStatusChanged':
      return { ...state, status: event.data.to };
    case 'AgentDeparted':
      return { ...state, status: 'departed' };
    default:
      // Events from newer versions are ignored, so old code can replay new logs.
      return state;
  }
}

export const agentStreamId = (agentId: string): string => `agent-${agentId}`;
