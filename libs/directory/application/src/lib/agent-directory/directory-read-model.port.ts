import { AgentDirectoryEntry, AgentProfile, OrgUnitSummary, Page } from '@maillage/directory/contracts';

export interface AgentSearchCriteria {
  readonly text?: string;
  readonly page: number;
  readonly pageSize: number;
}

/** What the directory's queries read; implemented over PostgreSQL read models. */
export interface DirectoryReadModel {
  searchAgents(criteria: AgentSearchCriteria): Promise<Page<AgentDirectoryEntry>>;
  findAgentProfile(agentId: string): Promise<AgentProfile | null>;
  listOrgUnits(): Promise<OrgUnitSummary[]>;
}

export const DIRECTORY_READ_MODEL = Symbol('DirectoryReadModel');
