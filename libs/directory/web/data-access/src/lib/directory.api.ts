import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AgentDirectoryEntry,
  AgentProfile,
  CommandAccepted,
  EditableAgentField,
  OrgUnitSummary,
  Page,
} from '@maillage/directory/contracts';
import { Observable } from 'rxjs';

export interface AgentSearchCriteria {
  readonly q: string;
  /** 1-based. */
  readonly page: number;
  readonly pageSize: number;
}

/** A PATCH body: only the fields that changed; null clears an optional field. */
export type AgentChanges = Partial<Record<EditableAgentField, string | null>>;

/** The directory's HTTP API. Authentication is added by the app's interceptor. */
@Injectable({ providedIn: 'root' })
export class DirectoryApi {
  private readonly http = inject(HttpClient);

  searchAgents({ q, page, pageSize }: AgentSearchCriteria): Observable<Page<AgentDirectoryEntry>> {
    let params = new HttpParams().set('page', page).set('pageSize', pageSize);
    if (q) params = params.set('q', q);
    return this.http.get<Page<AgentDirectoryEntry>>('/api/agents', { params });
  }

  getAgent(id: string): Observable<AgentProfile> {
    return this.http.get<AgentProfile>(`/api/agents/${encodeURIComponent(id)}`);
  }

  /** `version` is the one the user saw: the server answers 409 if the profile moved on since. */
  updateAgent(id: string, version: number, changes: AgentChanges): Observable<CommandAccepted> {
    return this.http.patch<CommandAccepted>(`/api/agents/${encodeURIComponent(id)}`, changes, {
      headers: { 'If-Match': `"${version}"` },
    });
  }

  listOrgUnits(): Observable<readonly OrgUnitSummary[]> {
    return this.http.get<readonly OrgUnitSummary[]>('/api/org-units');
  }
}
