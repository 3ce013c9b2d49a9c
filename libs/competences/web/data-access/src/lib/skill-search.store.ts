import { computed, inject, Injectable, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { catchError, debounce, distinctUntilChanged, map, of, Subject, switchMap, tap, timer } from 'rxjs';
import { CompetencesApi } from './competences.api';
import type { SkillSearchFilters, SkillSearchResult } from './competences.model';

export interface SkillSearchState {
  /** `idle`: nothing typed yet, no request made. */
  readonly status: 'idle' | 'loading' | 'loaded' | 'error';
  /** The (trimmed) words the result answers, for the announcement. */
  readonly q: string;
  readonly filtered: boolean;
  /** Kept while the next page loads, so the list does not flash empty at each keystroke. */
  readonly result: SkillSearchResult | null;
}

interface Criteria extends SkillSearchFilters {
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
export const SKILL_SEARCH_PAGE_SIZE = 20;
export const NO_SKILL_FILTERS: SkillSearchFilters = { directionId: null, minLevel: null };

const sameCriteria = (a: Criteria, b: Criteria) =>
  a.q === b.q && a.page === b.page && a.directionId === b.directionId && a.minLevel === b.minLevel;
const isFiltered = ({ directionId, minLevel }: SkillSearchFilters) => !!(directionId || minLevel);

/** "Recherche de compétences": provide it in the page component. */
@Injectable()
export class SkillSearchStore {
  private readonly api = inject(CompetencesApi);
  private readonly triggers = new Subject<Trigger>();
  private readonly criteria = signal<Criteria>({ q: '', page: 1, ...NO_SKILL_FILTERS });
  private readonly current = signal<SkillSearchState>({ status: 'idle', q: '', filtered: false, result: null });

  readonly query = computed(() => this.criteria().q);
  readonly filters = computed((): SkillSearchFilters => {
    const { directionId, minLevel } = this.criteria();
    return { directionId, minLevel };
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
        tap((criteria) => this.current.update((state) => ({ ...state, status: criteria.q ? 'loading' : 'idle' }))),
        // switchMap: a newer keystroke cancels the request for an older one.
        switchMap((criteria) => {
          const { q } = criteria;
          const filtered = isFiltered(criteria);
          if (!q) return of<SkillSearchState>({ status: 'idle', q, filtered, result: null });
          return this.api.searchSkills({ ...criteria, pageSize: SKILL_SEARCH_PAGE_SIZE }).pipe(
            map((result): SkillSearchState => ({ status: 'loaded', q, filtered, result })),
            catchError(() => of<SkillSearchState>({ status: 'error', q, filtered, result: null })),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.current.set(state));
  }

  start(q: string, page: number, filters: SkillSearchFilters = NO_SKILL_FILTERS): void {
    this.criteria.set({ q, page, ...filters });
    this.run(false, true);
  }

  setQuery(q: string): void {
    this.criteria.update((criteria) => ({ ...criteria, q, page: 1 }));
    this.run(true, false);
  }

  /** A new filter starts again at the first page, at once (a choice in a list is not typing). */
  setFilters(filters: SkillSearchFilters): void {
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
