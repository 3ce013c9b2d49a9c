import { computed, signal, Signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { LoadError, loadErrorOf, LoadErrorRules, loadStatus, LoadStatus } from '@maillage/shared/web-util';
import { catchError, map, Observable, of, Subject, switchMap } from 'rxjs';

export interface Loader<K, T> {
  readonly value: Signal<T | null>;
  readonly loading: Signal<boolean>;
  readonly error: Signal<LoadError | null>;
  /** idle, loading, error, empty or ready: what the page shows (see `loadStatus`). */
  readonly status: Signal<LoadStatus>;
  /** What the value (or the error) answers. */
  readonly key: Signal<K | null>;
  load(key: K): void;
  reload(): void;
}

export interface LoaderOptions<T> {
  /**
   * Keep the previous value on screen while the next one loads (a page of the same
   * list). Off by default: another agent's data must never show under a new id.
   */
  readonly keepWhileLoading?: boolean;
  /** The context's own codes, to tell "not found" from a missing route (see `loadErrorOf`). */
  readonly errors?: LoadErrorRules;
  /** What "nothing to show" means for this value; by default an empty list or page. */
  readonly isEmpty?: (value: T) => boolean;
}

type Loaded<K, T> = { readonly key: K; readonly value: T } | { readonly key: K; readonly error: LoadError };

/**
 * One read by key, the latest request winning (switchMap); a failure is said as a `LoadError`
 * in the context's terms. Call in an injection context: it unsubscribes when that context is
 * destroyed.
 */
export function loader<K, T>(fetch: (key: K) => Observable<T>, options: LoaderOptions<T> = {}): Loader<K, T> {
  const requests = new Subject<K>();
  const value = signal<T | null>(null);
  const key = signal<K | null>(null);
  const pending = signal(false);
  const error = signal<LoadError | null>(null);
  let current: { readonly key: K } | null = null;

  requests
    .pipe(
      switchMap((requested) =>
        fetch(requested).pipe(
          map((loaded): Loaded<K, T> => ({ key: requested, value: loaded })),
          catchError((failure: unknown) => of<Loaded<K, T>>({ key: requested, error: loadErrorOf(failure, options.errors) })),
        ),
      ),
      takeUntilDestroyed(),
    )
    .subscribe((loaded) => {
      pending.set(false);
      key.set(loaded.key);
      if ('value' in loaded) {
        value.set(loaded.value);
      } else {
        value.set(null);
        error.set(loaded.error);
      }
    });

  const load = (requested: K) => {
    if (!options.keepWhileLoading && (!current || current.key !== requested)) value.set(null);
    current = { key: requested };
    pending.set(true);
    error.set(null);
    requests.next(requested);
  };

  return {
    value: value.asReadonly(),
    loading: pending.asReadonly(),
    error: error.asReadonly(),
    status: computed(() => loadStatus({ loading: pending(), failed: error() !== null, value: value() }, options.isEmpty)),
    key: key.asReadonly(),
    load,
    reload: () => {
      if (current) load(current.key);
    },
  };
}
