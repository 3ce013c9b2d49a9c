export {
  AGENT_FIELDS,
  AGENT_HR_FIELDS,
  AGENT_PROFILE_FIELDS,
  CATEGORIES,
  EMPLOYMENTS,
  SELF_SERVICE_FIELDS,
  agentStreamId,
  evolveAgent,
  initialAgentState,
} from './lib/agent';
export type {
  AgentEvent,
  AgentEventType,
  AgentField,
  AgentFieldChangedData,
  AgentHrField,
  AgentProfileField,
  AgentRegisteredData,
  AgentState,
  AgentStatus,
  RegisteredAgent,
} from './lib/agent';
export { agentDecider, decideAgent } from './lib/agent.decide';
export type { AgentCommand, Editor } from './lib/agent.decide';
export { orgUnitDecider, orgUnitStreamId } from './lib/org-unit';
export type { OrgUnitCommand, OrgUnitCreatedData, OrgUnitEvent, OrgUnitKind, OrgUnitState } from './lib/org-unit';
export {
  ORGANISATION_STREAM_ID,
  OrganisationStructure,
  STRUCTURE_EVENT_TYPES,
  evolveOrganisation,
  requireActiveManager,
  requireOpenUnit,
  structureChangeOf,
  structureChangesOf,
} from './lib/organisation';
export type { AgentPlacement, OrganisationEvent, OrganisationStructureChangedData, UnitPlacement } from './lib/organisation';
export { DIRECTORY_EVENT_TYPES, DIRECTORY_EVENT_VERSIONS, directoryStoredEvents } from './lib/directory.stored-events';
export type { DirectoryEvent, DirectoryStoredEvents } from './lib/directory.stored-events';
