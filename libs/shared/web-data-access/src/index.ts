export { loader } from './lib/loader';
export type { Loader, LoaderOptions } from './lib/loader';
export { CURRENT_ACCOUNT } from './lib/current-account';
export { PagedSearchStore } from './lib/paged-search.store';
export { isFiltered, pageCountOf, pagedSearch, TYPING_PAUSE_MS } from './lib/paged-search';
export type { PagedResult, PagedSearchConfig, PagedSearchState, SearchCriteria, SearchTrigger, SearchUpdate } from './lib/paged-search';
