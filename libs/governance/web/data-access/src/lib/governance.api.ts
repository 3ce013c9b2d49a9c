import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AgentDirectoryEntry } from '@maillage/directory/contracts';
import type { CommandAccepted, Page } from '@maillage/shared/contracts';
import type { CommitteeDecision } from '@maillage/governance/contracts';
import { Observable } from 'rxjs';
import { auditParams } from './audit-query';
import type { AuditCriteria, AuditEntry, AuditFigure, DecisionRequest, PolicySnapshot } from './privacy.model';

/** The governance API: policy, committee decisions, audit. The app's interceptor adds the token. */
@Injectable({ providedIn: 'root' })
export class GovernanceApi {
  private readonly http = inject(HttpClient);

  /** The policy in force now, or as the decisions taken up to `at` (yyyy-mm-dd) set it. */
  policy(at: string | null = null): Observable<PolicySnapshot> {
    const params = at ? new HttpParams().set('at', at) : undefined;
    return this.http.get<PolicySnapshot>('/api/governance/policy', { params });
  }

  /** In the order they were recorded. */
  decisions(): Observable<readonly CommitteeDecision[]> {
    return this.http.get<readonly CommitteeDecision[]>('/api/governance/decisions');
  }

  /** Committee only. */
  recordDecision(decision: DecisionRequest): Observable<CommandAccepted> {
    return this.http.post<CommandAccepted>('/api/governance/decisions', decision);
  }

  /** HR only. */
  audit(criteria: AuditCriteria): Observable<readonly AuditEntry[]> {
    return this.http.get<readonly AuditEntry[]>('/api/governance/audit', { params: auditParams(criteria) });
  }

  /** HR only: the same search as a CSV file. */
  auditCsv(criteria: AuditCriteria): Observable<Blob> {
    const params = { ...auditParams(criteria), format: 'csv' };
    return this.http.get('/api/governance/audit', { params, responseType: 'blob' });
  }

  /** Committee and HR. */
  figures(): Observable<readonly AuditFigure[]> {
    return this.http.get<readonly AuditFigure[]>('/api/governance/audit/figures');
  }

  /** The annuaire's search, for agent pickers: directory fields everyone may see, no sensitive ones. */
  findAgents(q: string, pageSize: number): Observable<Page<AgentDirectoryEntry>> {
    const params = new HttpParams().set('q', q).set('page', 1).set('pageSize', pageSize);
    return this.http.get<Page<AgentDirectoryEntry>>('/api/agents', { params });
  }
}
