import { computed, inject, Injectable, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { AgentDirectoryEntry, Page } from '@maillage/directory/contracts';
import { catchError, debounce, distinctUntilChanged, map, of, Subject, switchMap, tap, timer } from 'rxjs';
import { AgentSearchFilters, DirectoryApi } from './directory.api';

export interface AgentSearchState {
  readonly status: 'loading' | 'loaded' | 'error';
  /** The (trimmed) query the result answers, for the announcement. */
  readonly q: string;
  /** Whether a direction, service or status narrowed the result, for the announcement. */
  readonly filtered: boolean;
  /** Kept while the next page loads, so the list does not flash empty at each keystroke. */
  readonly result: Page<AgentDirectoryEntry> | null;
}

interface Criteria extends AgentSearchFilters {
  readonly q: string;
  readonly page: number;
}

interface Trigger extends Criteria {
  /** Typing waits for a pause; paging, filtering and submitting do not. */
  readonly debounced: boolean;
  /** A retry repeats the same criteria on purpose. */
  readonly force: boolean;
}

const TYPING_PAUSE_MS = 300;
const PAGE_SIZE = 20;
export const NO_FILTERS: AgentSearchFilters = { directionId: null, unitId: null, status: null };

const sameCriteria = (a: Criteria, b: Criteria) =>
  a.q === b.q && a.page === b.page && a.directionId === b.directionId && a.unitId === b.unitId && a.status === b.status;
const isFiltered = ({ directionId, unitId, status }: AgentSearchFilters) => !!(directionId || unitId || status);

/** State of one annuaire page: provide it in the component that shows the search. */
@Injectable()
export class AgentSearchStore {
  private readonly api = inject(DirectoryApi);
  private readonly triggers = new Subject<Trigger>();
  private readonly criteria = signal<Criteria>({ q: '', page: 1, ...NO_FILTERS });
  private readonly current = signal<AgentSearchState>({ status: 'loading', q: '', filtered: false, result: null });

  readonly query = computed(() => this.criteria().q);
  readonly page = computed(() => this.criteria().page);
  readonly filters = computed((): AgentSearchFilters => {
    const { directionId, unitId, status } = this.criteria();
    return { directionId, unitId, status };
  });
  readonly state = this.current.asReadonly();
  readonly pageCount = computed(() => {
    const result = this.current().result;
    return result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;
  });

  constructor() {
    this.triggers
      .pipe(
        debounce((trigger) => timer(trigger.debounced ? TYPING_PAUSE_MS : 0)),
        map((trigger) => ({ ...trigger, q: trigger.q.trim() })),
        distinctUntilChanged((a, b) => !b.force && sameCriteria(a, b)),
        tap(() => this.current.update((state) => ({ ...state, status: 'loading' }))),
        // switchMap: a newer keystroke cancels the request for an older one.
        switchMap((criteria) => {
          const { q } = criteria;
          const filtered = isFiltered(criteria);
          return this.api.searchAgents({ ...criteria, pageSize: PAGE_SIZE }).pipe(
            map((result): AgentSearchState => ({ status: 'loaded', q, filtered, result })),
            catchError(() => of<AgentSearchState>({ status: 'error', q, filtered, result: null })),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.current.set(state));
  }

  start(q: string, page: number, filters: AgentSearchFilters = NO_FILTERS): void {
    this.criteria.set({ q, page, ...filters });
    this.run(false, true);
  }

  setQuery(q: string): void {
    this.criteria.update((criteria) => ({ ...criteria, q, page: 1 }));
    this.run(true, false);
  }

  /** A new filter starts again at the first page, at once (a choice in a list is not typing). */
  setFilters(filters: AgentSearchFilters): void {
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
    this.triggers.next({ ...this.criteria(), debounced, force });
  }
}
