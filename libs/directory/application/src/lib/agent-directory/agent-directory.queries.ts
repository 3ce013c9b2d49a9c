import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AgentDirectoryEntry, AgentProfile, OrgUnitSummary, Page } from '@maillage/directory/contracts';
import { DomainError } from '@maillage/shared/kernel';
import { AgentSearchCriteria, DIRECTORY_READ_MODEL, DirectoryReadModel } from './directory-read-model.port';

export class SearchAgentsQuery {
  constructor(readonly criteria: AgentSearchCriteria) {}
}

export class GetAgentProfileQuery {
  constructor(readonly agentId: string) {}
}

export class ListOrgUnitsQuery {}

@QueryHandler(SearchAgentsQuery)
export class SearchAgentsHandler implements IQueryHandler<SearchAgentsQuery, Page<AgentDirectoryEntry>> {
  constructor(@Inject(DIRECTORY_READ_MODEL) private readonly readModel: DirectoryReadModel) {}
  execute({ criteria }: SearchAgentsQuery) {
    return this.readModel.searchAgents(criteria);
  }
}

@QueryHandler(GetAgentProfileQuery)
export class GetAgentProfileHandler implements IQueryHandler<GetAgentProfileQuery, AgentProfile> {
  constructor(@Inject(DIRECTORY_READ_MODEL) private readonly readModel: DirectoryReadModel) {}
  async execute({ agentId }: GetAgentProfileQuery): Promise<AgentProfile> {
    const profile = await this.readModel.findAgentProfile(agentId);
    if (!profile) throw new DomainError('DIRECTORY.AGENT_NOT_FOUND', 'not_found', 'Aucun agent ne correspond à cet identifiant.', { agentId });
    return profile;
  }
}

@QueryHandler(ListOrgUnitsQuery)
export class ListOrgUnitsHandler implements IQueryHandler<ListOrgUnitsQuery, OrgUnitSummary[]> {
  constructor(@Inject(DIRECTORY_READ_MODEL) private readonly readModel: DirectoryReadModel) {}
  execute() {
    return this.readModel.listOrgUnits();
  }
}
