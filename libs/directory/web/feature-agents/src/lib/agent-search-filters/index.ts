export { AgentSearchFiltersComponent } from './agent-search-filters.component';
