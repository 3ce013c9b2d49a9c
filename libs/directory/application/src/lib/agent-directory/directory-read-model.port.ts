import { AgentDirectoryEntry, AgentHrRecord, AgentStatus, OrgChartUnit, OrgUnitSummary, PersonRef } from '@maillage/directory/contracts';
import type { Page } from '@maillage/shared/contracts';

/** The pieces of a profile a search may match on, when the policy lets the viewer see them everywhere. */
export type SearchableField = 'name' | 'postTitle' | 'unit' | 'workEmail';

export interface AgentSearchCriteria {
  readonly text?: string;
  readonly directionId?: string;
  readonly unitId?: string;
  readonly status?: AgentStatus;
  readonly page: number;
  readonly pageSize: number;
  /**
   * What the text may match and the filters may select by (fail closed: a field
   * the policy restricts matches for nobody it is not shown to). Default: all.
   */
  readonly searchable?: readonly SearchableField[];
}

/** A line as stored, before the policy: every governed piece present. Never sent as is. */
export type AgentLine = Required<AgentDirectoryEntry>;
export type PersonLine = Required<PersonRef>;

/** A fiche as stored, before the policy. */
export interface AgentProfileRecord extends AgentLine {
  readonly usualName: string | null;
  readonly birthName: string;
  readonly office: string | null;
  readonly managerId: string | null;
  readonly managerName: string | null;
  readonly startDate: string | null;
  readonly departedOn: string | null;
  readonly version: number;
}

export interface AgentHierarchyRecord {
  readonly agentId: string;
  readonly managers: readonly PersonLine[];
  readonly directReports: readonly PersonLine[];
  readonly indirectReportCount: number;
}

export interface OrgChartUnitRecord extends Omit<OrgChartUnit, 'head'> {
  readonly head: PersonLine | null;
}

export interface OrgChartRecord {
  readonly unit: OrgChartUnitRecord | null;
  readonly children: readonly OrgChartUnitRecord[];
  readonly agents: readonly (PersonLine & { readonly managerId: string | null })[];
}

/**
 * What the directory's queries read; implemented over PostgreSQL read models.
 * Rows come whole: the query handlers apply the visibility policy before anything leaves.
 */
export interface DirectoryReadModel {
  searchAgents(criteria: AgentSearchCriteria): Promise<Page<AgentLine>>;
  findAgentProfile(agentId: string): Promise<AgentProfileRecord | null>;
  hierarchyOf(agentId: string): Promise<AgentHierarchyRecord | null>;
  teamOf(managerId: string, page: number, pageSize: number): Promise<Page<AgentLine & { depth: number }>>;
  /** Sensitive: only for viewers the visibility policy allows. */
  findHrRecord(agentId: string): Promise<AgentHrRecord | null>;
  listOrgUnits(): Promise<OrgUnitSummary[]>;
  orgChart(rootUnitId: string | null): Promise<OrgChartRecord>;
}

export const DIRECTORY_READ_MODEL = Symbol('DirectoryReadModel');
