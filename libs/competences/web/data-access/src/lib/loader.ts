import { computed, signal, Signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { catchError, map, Observable, of, Subject, switchMap } from 'rxjs';
import { LoadError, loadErrorOf } from './problem';

export interface Loader<K, T> {
  readonly value: Signal<T | null>;
  readonly loading: Signal<boolean>;
  readonly error: Signal<LoadError | null>;
  /** What the value (or the error) answers. */
  readonly key: Signal<K | null>;
  load(key: K): void;
  reload(): void;
}

interface LoaderOptions {
  /**
   * Keep the previous value on screen while the next one loads (a page of the same
   * list). Off by default: another agent's data must never show under a new id.
   */
  readonly keepWhileLoading?: boolean;
}

type Loaded<K, T> = { readonly key: K; readonly value: T } | { readonly key: K; readonly error: LoadError };

/**
 * One read by key, the latest request winning (switchMap). Call in an injection
 * context: it unsubscribes when that context is destroyed.
 */
export function loader<K, T>(fetch: (key: K) => Observable<T>, options: LoaderOptions = {}): Loader<K, T> {
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
          catchError((failure: unknown) => of<Loaded<K, T>>({ key: requested, error: loadErrorOf(failure) })),
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
    loading: computed(() => pending()),
    error: error.asReadonly(),
    key: key.asReadonly(),
    load,
    reload: () => {
      if (current) load(current.key);
    },
  };
}
