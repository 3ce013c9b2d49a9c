import { computed, signal, Signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { catchError, map, Observable, of, Subject, switchMap } from 'rxjs';
import { problemOf } from './problem';

/** Why a read failed: 404 (or 400, an id that is not a UUID, just as absent), 403, or anything else. */
export type LoadError = 'not-found' | 'forbidden' | 'failed';

export interface KeyedLoader<T> {
  readonly value: Signal<T | null>;
  readonly loading: Signal<boolean>;
  readonly error: Signal<LoadError | null>;
  load(key: string): void;
  reload(): void;
}

type Loaded<T> = { readonly key: string; readonly value: T } | { readonly key: string; readonly error: LoadError };

function loadErrorOf(error: unknown): LoadError {
  const { status } = problemOf(error);
  if (status === 404 || status === 400) return 'not-found';
  return status === 403 ? 'forbidden' : 'failed';
}

/**
 * One resource read by key (an agent id…), the latest request winning. Following a link
 * to another agent reuses the page: the previous agent's data is dropped at once, never
 * shown under the new name. Call in an injection context (it unsubscribes on destroy).
 */
export function keyedLoader<T>(fetch: (key: string) => Observable<T>): KeyedLoader<T> {
  const requests = new Subject<string>();
  const value = signal<T | null>(null);
  const pendingKey = signal<string | null>(null);
  const error = signal<LoadError | null>(null);
  let currentKey: string | null = null;

  requests
    .pipe(
      switchMap((key) =>
        fetch(key).pipe(
          map((loaded): Loaded<T> => ({ key, value: loaded })),
          catchError((failure: unknown) => of<Loaded<T>>({ key, error: loadErrorOf(failure) })),
        ),
      ),
      takeUntilDestroyed(),
    )
    .subscribe((loaded) => {
      pendingKey.set(null);
      if ('value' in loaded) value.set(loaded.value);
      else error.set(loaded.error);
    });

  const load = (key: string) => {
    if (key !== currentKey) value.set(null);
    currentKey = key;
    pendingKey.set(key);
    error.set(null);
    requests.next(key);
  };

  return {
    value: value.asReadonly(),
    loading: computed(() => pendingKey() !== null),
    error: error.asReadonly(),
    load,
    reload: () => {
      if (currentKey) load(currentKey);
    },
  };
}
