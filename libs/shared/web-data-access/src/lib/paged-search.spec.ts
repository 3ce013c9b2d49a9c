import { Observable, scan } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { pageCountOf, pagedSearch, PagedSearchConfig, PagedSearchState, SearchCriteria, SearchTrigger } from './paged-search';

interface Filters {
  readonly directionId: string | null;
}
interface Result {
  readonly items: readonly string[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

const start: PagedSearchState<Result> = { status: 'loading', q: '', filtered: false, result: null };
const trigger = (q: string, options: Partial<SearchTrigger<Filters>> & { page?: number; directionId?: string | null } = {}): SearchTrigger<Filters> => ({
  criteria: { q, page: options.page ?? 1, directionId: options.directionId ?? null },
  debounced: options.debounced ?? false,
  force: options.force ?? false,
});
const resultFor = ({ q, page }: SearchCriteria<Filters>): Result => ({ items: [q], total: 41, page, pageSize: 20 });

/** Runs triggers through the search in virtual time; `answer` is how the API answers a criteria. */
function run(
  marbles: string,
  triggers: Record<string, SearchTrigger<Filters>>,
  answer: (criteria: SearchCriteria<Filters>, cold: TestScheduler['createColdObservable']) => Observable<Result>,
  expected: string,
  states: Record<string, PagedSearchState<Result>>,
  config: Partial<PagedSearchConfig<Filters, Result>> = {},
  asked: SearchCriteria<Filters>[] = [],
) {
  const scheduler = new TestScheduler((actual, wanted) => expect(actual).toEqual(wanted));
  scheduler.run(({ hot, cold, expectObservable }) => {
    const search = (criteria: SearchCriteria<Filters> & { pageSize: number }) => {
      asked.push(criteria);
      return answer(criteria, cold);
    };
    const updates = hot(marbles, triggers).pipe(pagedSearch<Filters, Result>({ search, pageSize: 20, ...config }));
    expectObservable(updates.pipe(scan((state, update) => update(state), start))).toBe(expected, states);
  });
  return asked;
}

describe('pagedSearch', () => {
  it('waits for a pause in typing, then asks once for the trimmed words', () => {
    const asked = run(
      'a 100ms b',
      { a: trigger('pa', { debounced: true }), b: trigger(' paie ', { debounced: true }) },
      (criteria, cold) => cold('10ms (r|)', { r: resultFor(criteria) }),
      '401ms l 9ms r',
      {
        l: { ...start, status: 'loading' },
        r: { status: 'loaded', q: 'paie', filtered: false, result: resultFor({ q: 'paie', page: 1, directionId: null }) },
      },
    );
    expect(asked).toEqual([{ q: 'paie', page: 1, directionId: null, pageSize: 20 }]);
  });

  it('lets a newer search cancel the request of an older one', () => {
    const answered = resultFor({ q: 'b', page: 2, directionId: null });
    run(
      'a 5ms b',
      { a: trigger('a'), b: trigger('b', { page: 2 }) },
      (criteria, cold) => cold('10ms (r|)', { r: resultFor(criteria) }),
      'l 5ms l 9ms r',
      { l: { ...start, status: 'loading' }, r: { status: 'loaded', q: 'b', filtered: false, result: answered } },
    );
  });

  it('does not ask the same criteria twice in a row, unless told to (a retry), keeping the last result on screen meanwhile', () => {
    const asked = run(
      'a 20ms b 20ms c',
      { a: trigger('paie'), b: trigger('paie'), c: trigger('paie', { force: true }) },
      (criteria, cold) => cold('(r|)', { r: resultFor(criteria) }),
      '(lr) 38ms (kr)',
      {
        l: { ...start, status: 'loading' },
        k: { status: 'loading', q: 'paie', filtered: false, result: resultFor({ q: 'paie', page: 1, directionId: null }) },
        r: { status: 'loaded', q: 'paie', filtered: false, result: resultFor({ q: 'paie', page: 1, directionId: null }) },
      },
    );
    expect(asked).toHaveLength(2);
  });

  it('says a failed request, and that a filter narrowed it', () => {
    run(
      'a',
      { a: trigger('paie', { directionId: 'd1' }) },
      (_, cold) => cold('#'),
      '(le)',
      { l: { ...start, status: 'loading' }, e: { status: 'error', q: 'paie', filtered: true, result: null } },
    );
  });

  it('stays idle without words where a search needs them, asking nothing', () => {
    const asked = run(
      'a',
      { a: trigger('  ') },
      (criteria, cold) => cold('(r|)', { r: resultFor(criteria) }),
      '(ii)',
      { i: { status: 'idle', q: '', filtered: false, result: null } },
      { needsWords: true },
    );
    expect(asked).toEqual([]);
  });
});

describe('pageCountOf', () => {
  it('counts the pages of a result, at least one', () => {
    expect(pageCountOf({ total: 41, page: 1, pageSize: 20 })).toBe(3);
    expect(pageCountOf({ total: 0, page: 1, pageSize: 20 })).toBe(1);
    expect(pageCountOf(null)).toBe(1);
  });
});
