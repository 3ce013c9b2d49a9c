import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AgentDirectoryEntry,
  AgentHierarchy,
  AgentHrRecord,
  AgentProfile,
  EditableAgentField,
  OrgChartLevel,
  OrgUnitSummary,
} from '@maillage/directory/contracts';
import type { CommandAccepted, Page } from '@maillage/shared/contracts';
import { Observable } from 'rxjs';

/** The statuses the annuaire can filter on (departed agents are never listed). */
export type ListedStatus = 'active' | 'on_leave';

export interface AgentSearchFilters {
  readonly directionId: string | null;
  readonly unitId: string | null;
  readonly status: ListedStatus | null;
}

export interface AgentSearchCriteria extends AgentSearchFilters {
  readonly q: string;
  /** 1-based. */
  readonly page: number;
  readonly pageSize: number;
}

/** A PATCH body: only the fields that changed; null clears an optional field. */
export type AgentChanges = Partial<Record<EditableAgentField, string | null>>;

export type TeamMember = AgentDirectoryEntry & { readonly depth: number };

const agentUrl = (id: string) => `/api/agents/${encodeURIComponent(id)}`;
/** `version` is the one the user saw: the server answers 409 if the stream moved on since. */
const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

/** The directory's HTTP API. Authentication is added by the app's interceptor. */
@Injectable({ providedIn: 'root' })
export class DirectoryApi {
  private readonly http = inject(HttpClient);

  searchAgents({ q, page, pageSize, directionId, unitId, status }: AgentSearchCriteria): Observable<Page<AgentDirectoryEntry>> {
    let params = new HttpParams().set('page', page).set('pageSize', pageSize);
    if (q) params = params.set('q', q);
    if (directionId) params = params.set('directionId', directionId);
    if (unitId) params = params.set('unitId', unitId);
    if (status) params = params.set('status', status);
    return this.http.get<Page<AgentDirectoryEntry>>('/api/agents', { params });
  }

  getAgent(id: string): Observable<AgentProfile> {
    return this.http.get<AgentProfile>(agentUrl(id));
  }

  updateAgent(id: string, version: number, changes: AgentChanges): Observable<CommandAccepted> {
    return this.http.patch<CommandAccepted>(agentUrl(id), changes, { headers: ifMatch(version) });
  }

  getHierarchy(id: string): Observable<AgentHierarchy> {
    return this.http.get<AgentHierarchy>(`${agentUrl(id)}/hierarchy`);
  }

  getTeam(id: string, page: number, pageSize: number): Observable<Page<TeamMember>> {
    const params = new HttpParams().set('page', page).set('pageSize', pageSize);
    return this.http.get<Page<TeamMember>>(`${agentUrl(id)}/team`, { params });
  }

  /** HR only: anyone else gets 403. */
  getHrRecord(id: string): Observable<AgentHrRecord> {
    return this.http.get<AgentHrRecord>(`${agentUrl(id)}/hr`);
  }

  assignManager(id: string, version: number, managerId: string | null): Observable<CommandAccepted> {
    return this.http.put<CommandAccepted>(`${agentUrl(id)}/manager`, { managerId }, { headers: ifMatch(version) });
  }

  moveToUnit(id: string, version: number, unitId: string): Observable<CommandAccepted> {
    return this.http.put<CommandAccepted>(`${agentUrl(id)}/unit`, { unitId }, { headers: ifMatch(version) });
  }

  changeStatus(id: string, version: number, status: ListedStatus): Observable<CommandAccepted> {
    return this.http.put<CommandAccepted>(`${agentUrl(id)}/status`, { status }, { headers: ifMatch(version) });
  }

  /** `departedOn` as yyyy-mm-dd. */
  recordDeparture(id: string, version: number, departedOn: string): Observable<CommandAccepted> {
    return this.http.post<CommandAccepted>(`${agentUrl(id)}/departure`, { departedOn }, { headers: ifMatch(version) });
  }

  listOrgUnits(): Observable<readonly OrgUnitSummary[]> {
    return this.http.get<readonly OrgUnitSummary[]>('/api/org-units');
  }

  /** One level of the org chart; without a root, the top units. */
  getOrgChart(rootUnitId: string | null): Observable<OrgChartLevel> {
    const params = rootUnitId ? new HttpParams().set('root', rootUnitId) : undefined;
    return this.http.get<OrgChartLevel>('/api/org-chart', { params });
  }
}
