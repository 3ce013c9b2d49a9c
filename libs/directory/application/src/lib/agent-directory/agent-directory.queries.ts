import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AgentDirectoryEntry, AgentHierarchy, AgentHrRecord, AgentProfile, OrgChartLevel, OrgUnitSummary, Page } from '@maillage/directory/contracts';
import { DomainError } from '@maillage/shared/kernel';
import { AgentSearchCriteria, DIRECTORY_READ_MODEL, DirectoryReadModel } from './directory-read-model.port';

export class SearchAgentsQuery {
  constructor(readonly criteria: AgentSearchCriteria) {}
}
export class GetAgentProfileQuery {
  constructor(readonly agentId: string) {}
}
export class GetAgentHierarchyQuery {
  constructor(readonly agentId: string) {}
}
export class GetTeamQuery {
  constructor(readonly managerId: string, readonly page: number, readonly pageSize: number) {}
}
export class GetAgentHrRecordQuery {
  constructor(readonly agentId: string) {}
}
export class ListOrgUnitsQuery {}
export class GetOrgChartQuery {
  constructor(readonly rootUnitId: string | null) {}
}

const agentNotFound = (agentId: string) => new DomainError('DIRECTORY.AGENT_NOT_FOUND', 'not_found', 'Aucun agent ne correspond à cet identifiant.', { agentId });

abstract class DirectoryQueryHandler {
  constructor(@Inject(DIRECTORY_READ_MODEL) protected readonly readModel: DirectoryReadModel) {}
}

@QueryHandler(SearchAgentsQuery)
export class SearchAgentsHandler extends DirectoryQueryHandler implements IQueryHandler<SearchAgentsQuery, Page<AgentDirectoryEntry>> {
  execute({ criteria }: SearchAgentsQuery) {
    return this.readModel.searchAgents(criteria);
  }
}

@QueryHandler(GetAgentProfileQuery)
export class GetAgentProfileHandler extends DirectoryQueryHandler implements IQueryHandler<GetAgentProfileQuery, AgentProfile> {
  async execute({ agentId }: GetAgentProfileQuery) {
    return (await this.readModel.findAgentProfile(agentId)) ?? Promise.reject(agentNotFound(agentId));
  }
}

@QueryHandler(GetAgentHierarchyQuery)
export class GetAgentHierarchyHandler extends DirectoryQueryHandler implements IQueryHandler<GetAgentHierarchyQuery, AgentHierarchy> {
  async execute({ agentId }: GetAgentHierarchyQuery) {
    return (await this.readModel.hierarchyOf(agentId)) ?? Promise.reject(agentNotFound(agentId));
  }
}

@QueryHandler(GetTeamQuery)
export class GetTeamHandler extends DirectoryQueryHandler implements IQueryHandler<GetTeamQuery, Page<AgentDirectoryEntry & { depth: number }>> {
  execute({ managerId, page, pageSize }: GetTeamQuery) {
    return this.readModel.teamOf(managerId, page, pageSize);
  }
}

@QueryHandler(GetAgentHrRecordQuery)
export class GetAgentHrRecordHandler extends DirectoryQueryHandler implements IQueryHandler<GetAgentHrRecordQuery, AgentHrRecord> {
  async execute({ agentId }: GetAgentHrRecordQuery) {
    return (await this.readModel.findHrRecord(agentId)) ?? Promise.reject(agentNotFound(agentId));
  }
}

@QueryHandler(ListOrgUnitsQuery)
export class ListOrgUnitsHandler extends DirectoryQueryHandler implements IQueryHandler<ListOrgUnitsQuery, OrgUnitSummary[]> {
  execute() {
    return this.readModel.listOrgUnits();
  }
}

@QueryHandler(GetOrgChartQuery)
export class GetOrgChartHandler extends DirectoryQueryHandler implements IQueryHandler<GetOrgChartQuery, OrgChartLevel> {
  execute({ rootUnitId }: GetOrgChartQuery) {
    return this.readModel.orgChart(rootUnitId);
  }
}

export const DIRECTORY_QUERY_HANDLERS = [
  SearchAgentsHandler,
  GetAgentProfileHandler,
  GetAgentHierarchyHandler,
  GetTeamHandler,
  GetAgentHrRecordHandler,
  ListOrgUnitsHandler,
  GetOrgChartHandler,
];
