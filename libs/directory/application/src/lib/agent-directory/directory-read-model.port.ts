import { AgentDirectoryEntry, AgentHierarchy, AgentHrRecord, AgentProfile, AgentStatus, OrgChartLevel, OrgUnitSummary, Page } from '@maillage/directory/contracts';

export interface AgentSearchCriteria {
  readonly text?: string;
  readonly directionId?: string;
  readonly unitId?: string;
  readonly status?: AgentStatus;
  readonly page: number;
  readonly pageSize: number;
}

/** What the directory's queries read; implemented over PostgreSQL read models. */
export interface DirectoryReadModel {
  searchAgents(criteria: AgentSearchCriteria): Promise<Page<AgentDirectoryEntry>>;
  findAgentProfile(agentId: string): Promise<AgentProfile | null>;
  hierarchyOf(agentId: string): Promise<AgentHierarchy | null>;
  teamOf(managerId: string, page: number, pageSize: number): Promise<Page<AgentDirectoryEntry & { depth: number }>>;
  /** Sensitive: only for viewers the visibility policy allows. */
  findHrRecord(agentId: string): Promise<AgentHrRecord | null>;
  listOrgUnits(): Promise<OrgUnitSummary[]>;
  orgChart(rootUnitId: string | null): Promise<OrgChartLevel>;
}

export const DIRECTORY_READ_MODEL = Symbol('DirectoryReadModel');
