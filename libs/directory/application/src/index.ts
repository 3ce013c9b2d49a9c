import { AGENT_HANDLERS } from './lib/agents/agent.handlers';
import { DIRECTORY_QUERY_HANDLERS } from './lib/agent-directory/agent-directory.queries';
import { ORG_UNIT_HANDLERS } from './lib/org-units/org-unit.handlers';

export {
  AssignManagerCommand,
  ChangeAgentFieldsCommand,
  ChangeAgentStatusCommand,
  MoveAgentToUnitCommand,
  RecordDepartureCommand,
  RegisterAgentCommand,
} from './lib/agents/agent.commands';
export { AssignOrgUnitHeadCommand, CloseOrgUnitCommand, CreateOrgUnitCommand, MoveOrgUnitCommand, RenameOrgUnitCommand } from './lib/org-units/org-unit.commands';
export {
  GetAgentHierarchyQuery,
  GetAgentHrRecordQuery,
  GetAgentProfileQuery,
  GetOrgChartQuery,
  GetTeamQuery,
  ListOrgUnitsQuery,
  SearchAgentsQuery,
} from './lib/agent-directory/agent-directory.queries';
export {
  AGENT_EVENT_TYPES,
  ORG_UNIT_EVENT_TYPES,
  directionOf,
  evolveAgentDirectoryRow,
  evolveOrgUnitRow,
} from './lib/agent-directory/agent-directory-entry.projection';
export type { AgentDirectoryRow, OrgUnitRow } from './lib/agent-directory/agent-directory-entry.projection';
export { DIRECTORY_READ_MODEL } from './lib/agent-directory/directory-read-model.port';
export type {
  AgentHierarchyRecord,
  AgentLine,
  AgentProfileRecord,
  AgentSearchCriteria,
  DirectoryReadModel,
  OrgChartRecord,
  OrgChartUnitRecord,
  PersonLine,
  SearchableField,
} from './lib/agent-directory/directory-read-model.port';
export { OrganisationGuard } from './lib/organisation/organisation-guard';
export type { CommandOptions } from './lib/directory-commands';

/** Every CQRS handler of the directory, for the infrastructure module to provide. */
export const DIRECTORY_HANDLERS = [...AGENT_HANDLERS, ...ORG_UNIT_HANDLERS, ...DIRECTORY_QUERY_HANDLERS];
export * from './lib/import-agents';
