import { problemOf } from '@maillage/shared/web-util';

export { problemOf };
export type { Problem } from '@maillage/shared/web-util';

/**
 * The outcome of a directory command (edit, move, status…). Only the details of
 * 409 and 422 are shown to the user: those come from our domain, in French; a 400
 * comes from request validation and is written for developers, in English.
 */
export type CommandOutcome =
  | { readonly kind: 'done'; readonly consistent: boolean }
  /** `stale`: the version the user saw is no longer the current one (someone else wrote meanwhile). */
  | { readonly kind: 'conflict'; readonly stale: boolean; readonly detail: string | null }
  | { readonly kind: 'refused'; readonly detail: string | null }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'failed' };

const STALE_VERSION = 'EVENT_STORE.WRONG_EXPECTED_VERSION';

export function commandFailureOf(error: unknown): CommandOutcome {
  const { status, code, detail } = problemOf(error);
  switch (status) {
    case 409:
    case 412:
      return { kind: 'conflict', stale: status === 412 || code === STALE_VERSION, detail };
    case 422:
      return { kind: 'refused', detail };
    case 400:
      return { kind: 'refused', detail: null };
    case 403:
      return { kind: 'forbidden' };
    default:
      return { kind: 'failed' };
  }
}
