import { inject, Injectable } from '@angular/core';
import { PagedSearchState, PagedSearchStore } from '@maillage/shared/web-data-access';
import { CompetencesApi } from './competences.api';
import type { SkillSearchFilters, SkillSearchResult } from './competences.model';

export type SkillSearchState = PagedSearchState<SkillSearchResult>;

export const SKILL_SEARCH_PAGE_SIZE = 20;
export const NO_SKILL_FILTERS: SkillSearchFilters = { directionId: null, minLevel: null };

/** "Recherche de compétences": provide it in the page component. It asks nothing until words are typed. */
@Injectable()
export class SkillSearchStore extends PagedSearchStore<SkillSearchFilters, SkillSearchResult> {
  constructor() {
    const api = inject(CompetencesApi);
    super({ search: (criteria) => api.searchSkills(criteria), pageSize: SKILL_SEARCH_PAGE_SIZE, needsWords: true }, NO_SKILL_FILTERS);
  }
}
