import { inject, Injectable } from '@angular/core';
import type { AgentDirectoryEntry } from '@maillage/directory/contracts';
import type { Page } from '@maillage/shared/contracts';
import { PagedSearchState, PagedSearchStore } from '@maillage/shared/web-data-access';
import { AgentSearchFilters, DirectoryApi } from './directory.api';

export type AgentSearchState = PagedSearchState<Page<AgentDirectoryEntry>>;

export const NO_FILTERS: AgentSearchFilters = { directionId: null, unitId: null, status: null };

/** State of one annuaire page: provide it in the component that shows the search. No words lists everyone. */
@Injectable()
export class AgentSearchStore extends PagedSearchStore<AgentSearchFilters, Page<AgentDirectoryEntry>> {
  constructor() {
    const api = inject(DirectoryApi);
    super({ search: (criteria) => api.searchAgents(criteria), pageSize: 20 }, NO_FILTERS);
  }
}
