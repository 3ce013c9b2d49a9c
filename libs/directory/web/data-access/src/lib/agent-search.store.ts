import { computed, inject, Injectable, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { AgentDirectoryEntry, Page } from '@maillage/directory/contracts';
import { catchError, debounce, distinctUntilChanged, map, of, Subject, switchMap, tap, timer } from 'rxjs';
import { DirectoryApi } from './directory.api';

export interface AgentSearchState {
  readonly status: 'loading' | 'loaded' | 'error';
  /** The (trimmed) query the result answers, for the announcement. */
  readonly q: string;
  /** Kept while the next page loads, so the list does not flash empty at each keystroke. */
  readonly result: Page<AgentDirectoryEntry> | null;
}

interface Trigger {
  readonly q: string;
  readonly page: number;
  /** Typing waits for a pause; paging and submitting do not. */
  readonly debounced: boolean;
  /** A retry repeats the same criteria on purpose. */
  readonly force: boolean;
}

const TYPING_PAUSE_MS = 300;
const PAGE_SIZE = 20;

/** State of one annuaire page: provide it in the component that shows the search. */
@Injectable()
export class AgentSearchStore {
  private readonly api = inject(DirectoryApi);
  private readonly triggers = new Subject<Trigger>();
  private readonly criteria = signal({ q: '', page: 1 });
  private readonly current = signal<AgentSearchState>({ status: 'loading', q: '', result: null });

  readonly query = computed(() => this.criteria().q);
  readonly page = computed(() => this.criteria().page);
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
        distinctUntilChanged((a, b) => !b.force && a.q === b.q && a.page === b.page),
        tap(() => this.current.update((state) => ({ ...state, status: 'loading' }))),
        // switchMap: a newer keystroke cancels the request for an older one.
        switchMap(({ q, page }) =>
          this.api.searchAgents({ q, page, pageSize: PAGE_SIZE }).pipe(
            map((result): AgentSearchState => ({ status: 'loaded', q, result })),
            catchError(() => of<AgentSearchState>({ status: 'error', q, result: null })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.current.set(state));
  }

  start(q: string, page: number): void {
    this.criteria.set({ q, page });
    this.triggers.next({ q, page, debounced: false, force: true });
  }

  setQuery(q: string): void {
    this.criteria.set({ q, page: 1 });
    this.triggers.next({ q, page: 1, debounced: true, force: false });
  }

  setPage(page: number): void {
    this.criteria.update((criteria) => ({ ...criteria, page }));
    this.triggers.next({ q: this.criteria().q, page, debounced: false, force: false });
  }

  /** Enter in the box, or "Réessayer" after an error: search now, even for the same words. */
  searchNow(): void {
    this.triggers.next({ ...this.criteria(), debounced: false, force: true });
  }
}
