/** Profile fields that can change after registration (HR fields come with the directory issue). */
export const AGENT_PROFILE_FIELDS = ['usualName', 'postTitle', 'workPhone', 'office'] as const;
export type AgentProfileField = (typeof AGENT_PROFILE_FIELDS)[number];
/** The subset an agent may change on their own profile. */
export const SELF_SERVICE_FIELDS: readonly AgentProfileField[] = ['usualName', 'workPhone', 'office'];

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
}

export interface AgentFieldChangedData {
  readonly agentId: string;
  readonly field: AgentProfileField;
  readonly from: string | null;
  readonly to: string | null;
}

export type AgentEvent =
  | { readonly type: 'AgentRegistered'; readonly data: AgentRegisteredData }
  | { readonly type: 'AgentFieldChanged'; readonly data: AgentFieldChangedData };

export type AgentStatus = 'active' | 'on_leave' | 'departed';

export type AgentState =
  | { readonly kind: 'unregistered' }
  | {
      readonly kind: 'registered';
      readonly agentId: string;
      readonly status: AgentStatus;
      readonly profile: Readonly<Record<AgentProfileField, string | null>>;
    };

export const initialAgentState = (): AgentState => ({ kind: 'unregistered' });

export function evolveAgent(state: AgentState, event: AgentEvent): AgentState {
  switch (event.type) {
    case 'AgentRegistered': {
      const d = event.data;
      return {
        kind: 'registered',
        agentId: d.agentId,
        status: 'active',
        profile: { usualName: d.usualName, postTitle: d.postTitle, workPhone: d.workPhone, office: d.office },
      };
    }
    case 'AgentFieldChanged':
      if (state.kind !== 'registered') return state;
      return { ...state, profile: { ...state.profile, [event.data.field]: event.data.to } };
    default:
      // Events from newer versions are ignored, so old code can replay new logs.
      return state;
  }
}

export const agentStreamId = (agentId: string): string => `agent-${agentId}`;
