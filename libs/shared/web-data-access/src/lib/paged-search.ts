import { catchError, concat, debounce, distinctUntilChanged, map, Observable, of, OperatorFunction, switchMap, timer } from 'rxjs';

/** A page of results as the APIs answer it (`Page<T>` and its likes). */
export interface PagedResult {
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

export type SearchCriteria<F> = F & {
  readonly q: string;
  /** 1-based. */
  readonly page: number;
};

export interface SearchTrigger<F> {
  readonly criteria: SearchCriteria<F>;
  /** Typing waits for a pause; paging, filtering and submitting do not. */
  readonly debounced: boolean;
  /** A retry repeats the same criteria on purpose. */
  readonly force: boolean;
}

export interface PagedSearchState<R> {
  /** `idle`: nothing typed yet, no request made (where a search needs words). */
  readonly status: 'idle' | 'loading' | 'loaded' | 'error';
  /** The (trimmed) words the result answers, for the announcement. */
  readonly q: string;
  /** Whether a filter narrowed the result, for the announcement. */
  readonly filtered: boolean;
  /** Kept while the next page loads, so the list does not flash empty at each keystroke. */
  readonly result: R | null;
}

export interface PagedSearchConfig<F, R> {
  readonly search: (criteria: SearchCriteria<F> & { readonly pageSize: number }) => Observable<R>;
  readonly pageSize: number;
  /** Without words nothing is asked (the page stays idle); otherwise no words lists everything. */
  readonly needsWords?: boolean;
}

export const TYPING_PAUSE_MS = 300;

/** A filter narrows the result when it holds a value (`null`, `''` and `false` leave it open). */
export const isFiltered = (filters: object): boolean => Object.values(filters).some(Boolean);

const sameCriteria = <F>(a: SearchCriteria<F>, b: SearchCriteria<F>) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof SearchCriteria<F>>;
  return [...keys].every((key) => a[key] === b[key]);
};

/** One change to the page's state: `loading` keeps the last result on screen, an answer replaces it. */
export type SearchUpdate<R> = (state: PagedSearchState<R>) => PagedSearchState<R>;

/**
 * The search itself, free of Angular: typing is debounced, the same criteria are not asked
 * twice in a row (unless forced), and switchMap lets a newer keystroke cancel the request for
 * an older one. A failed request says `error`; the next trigger tries again.
 */
export function pagedSearch<F extends object, R>(config: PagedSearchConfig<F, R>): OperatorFunction<SearchTrigger<F>, SearchUpdate<R>> {
  return (triggers) =>
    triggers.pipe(
      debounce((trigger) => timer(trigger.debounced ? TYPING_PAUSE_MS : 0)),
      map((trigger) => ({ ...trigger, criteria: { ...trigger.criteria, q: trigger.criteria.q.trim() } })),
      distinctUntilChanged((a, b) => !b.force && sameCriteria(a.criteria, b.criteria)),
      switchMap(({ criteria }) => {
        const { q, page: _page, ...filters } = criteria;
        const filtered = isFiltered(filters);
        const idle = !!config.needsWords && !q;
        const starting = of<SearchUpdate<R>>((state) => ({ ...state, status: idle ? 'idle' : 'loading' }));
        if (idle) return concat(starting, of<SearchUpdate<R>>(() => ({ status: 'idle', q, filtered, result: null })));
        const answer = config.search({ ...criteria, q, pageSize: config.pageSize }).pipe(
          map((result): SearchUpdate<R> => () => ({ status: 'loaded', q, filtered, result })),
          catchError(() => of<SearchUpdate<R>>(() => ({ status: 'error', q, filtered, result: null }))),
        );
        return concat(starting, answer);
      }),
    );
}

/** How many pages the result spans (at least one, so the pager always has a page to show). */
export const pageCountOf = (result: PagedResult | null): number => (result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1);
