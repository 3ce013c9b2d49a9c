export { AGENT_PROFILE_FIELDS, SELF_SERVICE_FIELDS, agentStreamId, evolveAgent, initialAgentState } from './lib/agent';
export type {
  AgentEvent,
  AgentFieldChangedData,
  AgentProfileField,
  AgentRegisteredData,
  AgentState,
  AgentStatus,
} from './lib/agent';
export { agentDecider, decideAgent } from './lib/agent.decide';
export type { AgentCommand, Editor } from './lib/agent.decide';
export { orgUnitDecider, orgUnitStreamId } from './lib/org-unit';
export type { OrgUnitCommand, OrgUnitCreatedData, OrgUnitEvent, OrgUnitKind, OrgUnitState } from './lib/org-unit';
