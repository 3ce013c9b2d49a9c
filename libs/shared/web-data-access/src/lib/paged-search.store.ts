import { computed, Signal, signal, WritableSignal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subject } from 'rxjs';
import { pageCountOf, PagedResult, pagedSearch, PagedSearchConfig, PagedSearchState, SearchCriteria, SearchTrigger } from './paged-search';

/**
 * The state of one search page (query, filters, page, results), for a context to extend with
 * its API and filters; provide the subclass in the page component (it lives as long as the page).
 */
export abstract class PagedSearchStore<F extends object, R extends PagedResult> {
  private readonly triggers = new Subject<SearchTrigger<F>>();
  private readonly criteria: WritableSignal<SearchCriteria<F>>;
  private readonly current: WritableSignal<PagedSearchState<R>>;

  readonly query: Signal<string>;
  readonly page: Signal<number>;
  readonly filters: Signal<F>;
  readonly state: Signal<PagedSearchState<R>>;
  readonly pageCount: Signal<number>;

  /** Call from the subclass's constructor, in an injection context (it unsubscribes on destroy). */
  protected constructor(
    config: PagedSearchConfig<F, R>,
    private readonly noFilters: F,
  ) {
    this.criteria = signal<SearchCriteria<F>>({ ...noFilters, q: '', page: 1 });
    this.current = signal<PagedSearchState<R>>({ status: config.needsWords ? 'idle' : 'loading', q: '', filtered: false, result: null });
    this.query = computed(() => this.criteria().q);
    this.page = computed(() => this.criteria().page);
    this.filters = computed((): F => {
      const { q: _q, page: _page, ...filters } = this.criteria();
      return filters as unknown as F;
    });
    this.state = this.current.asReadonly();
    this.pageCount = computed(() => pageCountOf(this.current().result));
    this.triggers.pipe(pagedSearch(config), takeUntilDestroyed()).subscribe((update) => this.current.update(update));
  }

  start(q: string, page: number, filters: F = this.noFilters): void {
    this.criteria.set({ ...filters, q, page });
    this.run(false, true);
  }

  setQuery(q: string): void {
    this.criteria.update((criteria) => ({ ...criteria, q, page: 1 }));
    this.run(true, false);
  }

  /** A new filter starts again at the first page, at once (a choice in a list is not typing). */
  setFilters(filters: F): void {
    this.criteria.update((criteria) => ({ ...criteria, ...filters, page: 1 }));
    this.run(false, false);
  }

  setPage(page: number): void {
    this.criteria.update((criteria) => ({ ...criteria, page }));
    this.run(false, false);
  }

  /** Enter in the box, or "Réessayer" after an error: search now, even for the same words. */
  searchNow(): void {
    this.run(false, true);
  }

  private run(debounced: boolean, force: boolean): void {
    this.triggers.next({ criteria: this.criteria(), debounced, force });
  }
}
