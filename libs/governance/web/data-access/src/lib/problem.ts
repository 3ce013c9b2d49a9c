import { problemOf } from '@maillage/shared/web-util';

export { problemOf };
export type { Problem } from '@maillage/shared/web-util';

/**
 * Why a read failed. `unavailable` is a 404 that is not "this agent does not exist":
 * the route itself is missing (an API older than this screen).
 */
export type LoadError = 'not-found' | 'unavailable' | 'forbidden' | 'failed';

const NOT_FOUND_CODES = ['DIRECTORY.AGENT_NOT_FOUND'];

export function loadErrorOf(error: unknown): LoadError {
  const { status, code } = problemOf(error);
  if (status === 404) return code && NOT_FOUND_CODES.includes(code) ? 'not-found' : 'unavailable';
  // A malformed id (400) points at nothing, just as an unknown one.
  if (status === 400) return 'not-found';
  return status === 403 ? 'forbidden' : 'failed';
}

/**
 * The outcome of a governance command (a sharing choice, a committee decision).
 * Only 409 and 422 details are shown: those come from our domain, in French; a 400
 * comes from request validation and is written for developers.
 */
export type CommandOutcome =
  | { readonly kind: 'done'; readonly consistent: boolean }
  | { readonly kind: 'refused'; readonly detail: string | null }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'failed' };

export function commandFailureOf(error: unknown): CommandOutcome {
  const { status, detail } = problemOf(error);
  switch (status) {
    case 409:
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
