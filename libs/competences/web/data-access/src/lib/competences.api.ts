import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { MyDeclaredSkill, SkillHistoryEntry, SkillSummary, TeamBuilderRequest, TeamProposalSet } from '@maillage/competences/contracts';
import type { AgentDirectoryEntry, OrgUnitSummary } from '@maillage/directory/contracts';
import type { CommandAccepted, Page } from '@maillage/shared/contracts';
import { Observable } from 'rxjs';
import type { NewReferentialSkill, SkillChanges, SkillDeclaration, SkillSearchCriteria, SkillSearchResult, VisibleSkill } from './competences.model';

const mySkillUrl = (skillId: string) => `/api/me/skills/${encodeURIComponent(skillId)}`;
const skillUrl = (skillId: string) => `/api/skills/${encodeURIComponent(skillId)}`;
/** The version the admin edited: the server answers 409 if the skill changed since. */
const ifMatch = (version: number) => ({ headers: { 'If-Match': `"${version}"` } });

/** The competences API, and the directory reads its screens need. The app's interceptor adds the token. */
@Injectable({ providedIn: 'root' })
export class CompetencesApi {
  private readonly http = inject(HttpClient);

  /** The referential; with words, the server's search (synonyms, accents, near spellings), best first. */
  skills(q = ''): Observable<readonly SkillSummary[]> {
    const params = q ? new HttpParams().set('q', q) : undefined;
    return this.http.get<readonly SkillSummary[]>('/api/skills', { params });
  }

  /** The whole referential for its admin page, merged skills included (`mergedInto`). */
  referential(): Observable<readonly SkillSummary[]> {
    return this.http.get<readonly SkillSummary[]>('/api/skills', { params: new HttpParams().set('includeMerged', 'true') });
  }

  defineSkill(skill: NewReferentialSkill): Observable<CommandAccepted> {
    return this.http.post<CommandAccepted>('/api/skills', skill);
  }

  renameSkill(skillId: string, label: string, version: number): Observable<CommandAccepted> {
    return this.http.patch<CommandAccepted>(skillUrl(skillId), { label }, ifMatch(version));
  }

  addSynonym(skillId: string, synonym: string, version: number): Observable<CommandAccepted> {
    return this.http.post<CommandAccepted>(`${skillUrl(skillId)}/synonyms`, { synonym }, ifMatch(version));
  }

  /** Every agent's declaration of `skillId` now counts for `intoSkillId`; this cannot be undone. */
  mergeSkill(skillId: string, intoSkillId: string, version: number): Observable<CommandAccepted> {
    return this.http.post<CommandAccepted>(`${skillUrl(skillId)}/merge`, { intoSkillId }, ifMatch(version));
  }

  skillHistory(skillId: string): Observable<readonly SkillHistoryEntry[]> {
    return this.http.get<readonly SkillHistoryEntry[]>(`${skillUrl(skillId)}/history`);
  }

  mySkills(): Observable<readonly MyDeclaredSkill[]> {
    return this.http.get<readonly MyDeclaredSkill[]>('/api/me/skills');
  }

  declare(declaration: SkillDeclaration): Observable<CommandAccepted> {
    return this.http.post<CommandAccepted>('/api/me/skills', declaration);
  }

  change(skillId: string, changes: SkillChanges): Observable<CommandAccepted> {
    return this.http.patch<CommandAccepted>(mySkillUrl(skillId), changes);
  }

  withdraw(skillId: string): Observable<CommandAccepted> {
    return this.http.delete<CommandAccepted>(mySkillUrl(skillId));
  }

  /** Only skills this viewer may see match or count. */
  searchSkills({ q, directionId, minLevel, page, pageSize }: SkillSearchCriteria): Observable<SkillSearchResult> {
    let params = new HttpParams().set('q', q).set('page', page).set('pageSize', pageSize);
    if (directionId) params = params.set('directionId', directionId);
    if (minLevel) params = params.set('minLevel', minLevel);
    return this.http.get<SkillSearchResult>('/api/skill-search', { params });
  }

  /** An agent's skills, as far as their sharing choices let this viewer see them (checked on the server). */
  agentSkills(agentId: string): Observable<readonly VisibleSkill[]> {
    return this.http.get<readonly VisibleSkill[]>(`/api/agents/${encodeURIComponent(agentId)}/skills`);
  }

  orgUnits(): Observable<readonly OrgUnitSummary[]> {
    return this.http.get<readonly OrgUnitSummary[]>('/api/org-units');
  }

  /** The annuaire's search, for agent pickers: directory fields everyone may see. */
  findAgents(q: string, pageSize: number): Observable<Page<AgentDirectoryEntry>> {
    const params = new HttpParams().set('q', q).set('page', 1).set('pageSize', pageSize);
    return this.http.get<Page<AgentDirectoryEntry>>('/api/agents', { params });
  }

  /** Three alternative teams, saved at once so they can be shared by link. */
  proposeTeams(request: TeamBuilderRequest): Observable<TeamProposalSet> {
    return this.http.post<TeamProposalSet>('/api/team-builder/proposals', request);
  }

  proposalSet(id: string): Observable<TeamProposalSet> {
    return this.http.get<TeamProposalSet>(`/api/team-builder/proposals/${encodeURIComponent(id)}`);
  }
}
