import { computed, signal, Signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { catchError, map, Observable, of, Subject, switchMap } from 'rxjs';

export interface Loader<K, T, E> {
  readonly value: Signal<T | null>;
  readonly loading: Signal<boolean>;
  readonly error: Signal<E | null>;
  /** What the value (or the error) answers. */
  readonly key: Signal<K | null>;
  load(key: K): void;
  reload(): void;
}

export interface LoaderOptions {
  /**
   * Keep the previous value on screen while the next one loads (a page of the same
   * list). Off by default: another agent's data must never show under a new id.
   */
  readonly keepWhileLoading?: boolean;
}

type Loaded<K, T, E> = { readonly key: K; readonly value: T } | { readonly key: K; readonly error: E };

/**
 * One read by key, the latest request winning (switchMap); `errorOf` says why a read failed,
 * in the calling context's terms. Call in an injection
 * context: it unsubscribes when that context is destroyed.
 */
export function loader<K, T, E>(fetch: (key: K) => Observable<T>, errorOf: (failure: unknown) => E, options: LoaderOptions = {}): Loader<K, T, E> {
  const requests = new Subject<K>();
  const value = signal<T | null>(null);
  const key = signal<K | null>(null);
  const pending = signal(false);
  const error = signal<E | null>(null);
  let current: { readonly key: K } | null = null;

  requests
    .pipe(
      switchMap((requested) =>
        fetch(requested).pipe(
          map((loaded): Loaded<K, T, E> => ({ key: requested, value: loaded })),
          catchError((failure: unknown) => of<Loaded<K, T, E>>({ key: requested, error: errorOf(failure) })),
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
