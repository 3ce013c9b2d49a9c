/** A finished request's answer, as replayed to a retry with the same key. */
export interface StoredAnswer {
  readonly status: number;
  readonly body: unknown;
  /** The few headers a client relies on (ETag, Location). */
  readonly headers: Readonly<Record<string, string>>;
}

export type IdempotencyClaim =
  /** First time this key is seen (or its earlier claim expired): run the request. */
  | { readonly kind: 'claimed' }
  /** Already answered: replay that answer if the request is the same. */
  | { readonly kind: 'answered'; readonly fingerprint: string; readonly answer: StoredAnswer }
  /** Another request with this key is running right now. */
  | { readonly kind: 'running'; readonly fingerprint: string };

/** Where idempotency keys live; the app provides a PostgreSQL one. */
export interface IdempotencyStore {
  claim(scope: string, key: string, fingerprint: string): Promise<IdempotencyClaim>;
  complete(scope: string, key: string, answer: StoredAnswer): Promise<void>;
  /** The request failed: forget the key, so a retry runs it again. */
  release(scope: string, key: string): Promise<void>;
}

export const IDEMPOTENCY_STORE = Symbol('IdempotencyStore');
export const IDEMPOTENCY_OPTIONS = Symbol('IdempotencyOptions');

export interface IdempotencyOptions {
  /** POST routes outside idempotency: the session routes (login, refresh, logout, password), which create no resource. */
  readonly excludedPathPrefixes: readonly string[];
}
