import { Inject, Optional } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  AgentDirectoryEntry,
  AgentHierarchy,
  AgentHrRecord,
  AgentProfile,
  OrgChartLevel,
  OrgChartUnit,
  OrgUnitSummary,
  PersonRef,
} from '@maillage/directory/contracts';
import type { Page } from '@maillage/shared/contracts';
import { REDACTOR, Redactor, Viewer } from '@maillage/governance/contracts';
import { DomainError } from '@maillage/shared/kernel';
import { AgentSearchCriteria, DIRECTORY_READ_MODEL, DirectoryReadModel, SearchableField } from './directory-read-model.port';
import { assemble, piecesOf, redactList, redactRows } from './directory-redaction';

/*
 * Every query that returns people takes the viewer and applies the visibility
 * policy itself, through the one redaction point: a controller cannot forget.
 */
export class SearchAgentsQuery {
  constructor(readonly criteria: Omit<AgentSearchCriteria, 'searchable'>, readonly viewer: Viewer) {}
}
export class GetAgentProfileQuery {
  constructor(readonly agentId: string, readonly viewer: Viewer) {}
}
export class GetAgentHierarchyQuery {
  constructor(readonly agentId: string, readonly viewer: Viewer) {}
}
export class GetTeamQuery {
  constructor(readonly managerId: string, readonly page: number, readonly pageSize: number, readonly viewer: Viewer) {}
}
/** The whole HR record, unredacted: for the redaction point's callers only (`GET /agents/:id/hr` redacts it). */
export class GetAgentHrRecordQuery {
  constructor(readonly agentId: string) {}
}
export class ListOrgUnitsQuery {}
export class GetOrgChartQuery {
  constructor(readonly rootUnitId: string | null, readonly viewer: Viewer) {}
}

const agentNotFound = (agentId: string) => new DomainError('DIRECTORY.AGENT_NOT_FOUND', 'not_found', 'Aucun agent ne correspond à cet identifiant.', { agentId });
const unavailable = (): never => {
  throw new Error('No redaction point (REDACTOR) is wired: the directory does not answer queries about people without it.');
};
const NO_REDACTOR: Redactor = { redact: unavailable, redactMany: unavailable, searchableFields: unavailable };
const SEARCHABLE: readonly SearchableField[] = ['name', 'postTitle', 'unit', 'workEmail'];

abstract class DirectoryQueryHandler {
  protected readonly redactor: Redactor;

  /**
   * The redaction point is optional to wire only so that a harness of the write side alone
   * (the import's) starts without governance; a query run without it refuses (fail closed).
   */
  constructor(
    @Inject(DIRECTORY_READ_MODEL) protected readonly readModel: DirectoryReadModel,
    @Optional() @Inject(REDACTOR) redactor: Redactor | undefined,
  ) {
    this.redactor = redactor ?? NO_REDACTOR;
  }
}

@QueryHandler(SearchAgentsQuery)
export class SearchAgentsHandler extends DirectoryQueryHandler implements IQueryHandler<SearchAgentsQuery, Page<AgentDirectoryEntry>> {
  async execute({ criteria, viewer }: SearchAgentsQuery) {
    const allowed = await this.redactor.searchableFields(viewer);
    const page = await this.readModel.searchAgents({ ...criteria, searchable: SEARCHABLE.filter((f) => allowed.has(f)) });
    return { ...page, items: await redactList<(typeof page.items)[number], AgentDirectoryEntry>(this.redactor, viewer, page.items, 'GET /api/agents') };
  }
}

@QueryHandler(GetAgentProfileQuery)
export class GetAgentProfileHandler extends DirectoryQueryHandler implements IQueryHandler<GetAgentProfileQuery, AgentProfile> {
  /**
   * The fiche: its governed pieces, the birth name and the HR fields through the redaction point in one
   * call (one audit entry), with the manager's name as the policy shows it.
   */
  async execute({ agentId, viewer }: GetAgentProfileQuery): Promise<AgentProfile> {
    const [profile, hr] = await Promise.all([this.readModel.findAgentProfile(agentId), this.readModel.findHrRecord(agentId)]);
    if (!profile) throw agentNotFound(agentId);
    const { agentId: _id, ...hrFields } = hr ?? ({} as Partial<AgentHrRecord>);
    const { managerName, ...own } = profile;
    const manager = profile.managerId ? [{ agentId: profile.managerId, fields: piecesOf({ id: profile.managerId, displayName: managerName }) }] : [];
    const [fiche, boss] = await this.redactor.redactMany(viewer, [{ agentId, fields: { ...piecesOf(own), ...hrFields } }, ...manager], 'GET /api/agents/:id');
    const sensitive = Object.fromEntries(Object.entries(fiche.shown).filter(([field]) => field in hrFields));
    return {
      ...assemble<Omit<AgentProfile, 'managerName' | 'sensitive' | 'hiddenFields'>>(own, fiche.shown),
      managerName: boss && 'name' in boss.shown ? managerName : null,
      sensitive,
      hiddenFields: fiche.hidden,
    };
  }
}

@QueryHandler(GetAgentHierarchyQuery)
export class GetAgentHierarchyHandler extends DirectoryQueryHandler implements IQueryHandler<GetAgentHierarchyQuery, AgentHierarchy> {
  async execute({ agentId, viewer }: GetAgentHierarchyQuery): Promise<AgentHierarchy> {
    const hierarchy = await this.readModel.hierarchyOf(agentId);
    if (!hierarchy) throw agentNotFound(agentId);
    const people = await redactList<(typeof hierarchy.managers)[number], PersonRef>(
      this.redactor, viewer, [...hierarchy.managers, ...hierarchy.directReports], 'GET /api/agents/:id/hierarchy',
    );
    const managers = people.slice(0, hierarchy.managers.length);
    return { ...hierarchy, managers, directReports: people.slice(hierarchy.managers.length) };
  }
}

@QueryHandler(GetTeamQuery)
export class GetTeamHandler extends DirectoryQueryHandler implements IQueryHandler<GetTeamQuery, Page<AgentDirectoryEntry & { depth: number }>> {
  async execute({ managerId, page, pageSize, viewer }: GetTeamQuery) {
    const team = await this.readModel.teamOf(managerId, page, pageSize);
    return { ...team, items: await redactList<(typeof team.items)[number], AgentDirectoryEntry & { depth: number }>(this.redactor, viewer, team.items, 'GET /api/agents/:id/team') };
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
  /**
   * Heads and agents through the redaction point. An agent listed under a unit tells their unit:
   * one whose unit the viewer may not see is left out of the level (still counted in `agentCount`).
   * A unit's head stays (headship belongs to the unit), with what the policy shows of them.
   */
  async execute({ rootUnitId, viewer }: GetOrgChartQuery): Promise<OrgChartLevel> {
    const chart = await this.readModel.orgChart(rootUnitId);
    const units = [...(chart.unit ? [chart.unit] : []), ...chart.children];
    const heads = units.flatMap((u) => (u.head ? [u.head] : []));
    const purpose = 'GET /api/org-chart';
    const [shownHeads, agents] = await Promise.all([
      redactRows<(typeof heads)[number], PersonRef>(this.redactor, viewer, heads, purpose),
      redactRows<(typeof chart.agents)[number], PersonRef & { managerId: string | null }>(this.redactor, viewer, chart.agents, purpose),
    ]);
    const headOf = new Map(heads.map((h, i) => [h, shownHeads[i]]));
    const withHead = (unit: (typeof units)[number]): OrgChartUnit => {
      const head = unit.head ? headOf.get(unit.head) : undefined;
      return { ...unit, head: head ? head.row : null };
    };
    return {
      unit: chart.unit ? withHead(chart.unit) : null,
      children: chart.children.map(withHead),
      agents: agents.filter((a) => !a.hidden.some((h) => h.field === 'unit')).map((a) => a.row),
    };
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
