/**
 * Where a read stands, for the page to pick what to show: nothing asked yet, loading, failed,
 * loaded but empty (the page says so in words), or something to show.
 */
export type LoadStatus = 'idle' | 'loading' | 'error' | 'empty' | 'ready';

export interface LoadSnapshot<T> {
  readonly loading: boolean;
  readonly failed: boolean;
  readonly value: T | null;
}

/** Loading wins over a value kept on screen (`keepWhileLoading`), so `aria-busy` and the status agree. */
export function loadStatus<T>({ loading, failed, value }: LoadSnapshot<T>, isEmpty: (value: T) => boolean = defaultEmpty): LoadStatus {
  if (loading) return 'loading';
  if (failed) return 'error';
  if (value === null) return 'idle';
  return isEmpty(value) ? 'empty' : 'ready';
}

/** A list (or a page of one, `{ items }`) with nothing in it. */
function defaultEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  const items = typeof value === 'object' && value !== null ? (value as { items?: unknown }).items : undefined;
  return Array.isArray(items) && items.length === 0;
}
