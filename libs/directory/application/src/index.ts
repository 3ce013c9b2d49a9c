import { ChangeAgentFieldsHandler } from './lib/change-agent-fields/change-agent-fields.handler';
import { CreateOrgUnitHandler } from './lib/create-org-unit/create-org-unit.handler';
import { GetAgentProfileHandler, ListOrgUnitsHandler, SearchAgentsHandler } from './lib/agent-directory/agent-directory.queries';
import { RegisterAgentHandler } from './lib/register-agent/register-agent.handler';

export { RegisterAgentCommand } from './lib/register-agent/register-agent.command';
export { ChangeAgentFieldsCommand } from './lib/change-agent-fields/change-agent-fields.command';
export { CreateOrgUnitCommand } from './lib/create-org-unit/create-org-unit.command';
export { GetAgentProfileQuery, ListOrgUnitsQuery, SearchAgentsQuery } from './lib/agent-directory/agent-directory.queries';
export {
  AGENT_DIRECTORY_EVENTS,
  ORG_UNIT_EVENTS,
  evolveAgentDirectoryRow,
  evolveOrgUnitRow,
  foldRows,
} from './lib/agent-directory/agent-directory-entry.projection';
export type { AgentDirectoryRow, OrgUnitRow } from './lib/agent-directory/agent-directory-entry.projection';
export { DIRECTORY_READ_MODEL } from './lib/agent-directory/directory-read-model.port';
export type { AgentSearchCriteria, DirectoryReadModel } from './lib/agent-directory/directory-read-model.port';

/** Every CQRS handler of the directory, for the infrastructure module to provide. */
export const DIRECTORY_HANDLERS = [
  RegisterAgentHandler,
  ChangeAgentFieldsHandler,
  CreateOrgUnitHandler,
  SearchAgentsHandler,
  GetAgentProfileHandler,
  ListOrgUnitsHandler,
];
