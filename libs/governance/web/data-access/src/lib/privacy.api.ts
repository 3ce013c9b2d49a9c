import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CommandAccepted } from '@maillage/shared/contracts';
import { Observable } from 'rxjs';
import type { AgentChosenField, ChoosableAudience, ProfileChange, SensitiveView, SharingChoice } from './privacy.model';

/** The agent's own privacy API (/api/me/…) and a profile's change log. The app's interceptor adds the token. */
@Injectable({ providedIn: 'root' })
export class PrivacyApi {
  private readonly http = inject(HttpClient);

  /** Newest first; 1-based page. */
  views(page: number, pageSize: number): Observable<readonly SensitiveView[]> {
    const params = new HttpParams().set('page', page).set('pageSize', pageSize);
    return this.http.get<readonly SensitiveView[]>('/api/me/views', { params });
  }

  sharing(): Observable<readonly SharingChoice[]> {
    return this.http.get<readonly SharingChoice[]>('/api/me/sharing');
  }

  chooseSharing(field: AgentChosenField, audiences: readonly ChoosableAudience[]): Observable<CommandAccepted> {
    return this.http.put<CommandAccepted>(`/api/me/sharing/${field}`, { audiences });
  }

  /** The RGPD export, as the file the server sends (read with the token, so not a plain link). */
  personalData(): Observable<Blob> {
    return this.http.get('/api/me/data', { responseType: 'blob' });
  }

  /** For the agent themself and HR; 403 for anyone else. */
  changes(agentId: string): Observable<readonly ProfileChange[]> {
    return this.http.get<readonly ProfileChange[]>(`/api/agents/${encodeURIComponent(agentId)}/changes`);
  }
}
