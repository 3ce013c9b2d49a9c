import { problemOf } from '@maillage/shared/web-util';

export { problemOf };
export type { Problem } from '@maillage/shared/web-util';

/**
 * Why a read failed. `unavailable` is a 404 without a code of ours: the route itself is
 * missing (an API older than this screen). `no-agent`: the account has no fiche agent.
 */
export type LoadError = 'not-found' | 'unavailable' | 'no-agent' | 'forbidden' | 'failed';

export function loadErrorOf(error: unknown): LoadError {
  const { status, code } = problemOf(error);
  if (status === 404) return code?.startsWith('COMPETENCES.') ? 'not-found' : 'unavailable';
  // A malformed id (400) points at nothing, just as an unknown one.
  if (status === 400) return 'not-found';
  if (status === 403) return code === 'COMPETENCES.NO_AGENT' ? 'no-agent' : 'forbidden';
  return 'failed';
}

/**
 * The outcome of a competences command. The domain's French detail is shown for 404
 * (a skill no longer declared), 409 and 422; a 400 comes from request validation and
 * is written for developers.
 */
export type CommandOutcome =
  | { readonly kind: 'done'; readonly consistent: boolean }
  | { readonly kind: 'refused'; readonly detail: string | null }
  | { readonly kind: 'forbidden'; readonly detail: string | null }
  | { readonly kind: 'failed' };

export function commandFailureOf(error: unknown): CommandOutcome {
  const { status, code, detail } = problemOf(error);
  switch (status) {
    case 404:
      return code?.startsWith('COMPETENCES.') ? { kind: 'refused', detail } : { kind: 'failed' };
    case 409:
    case 422:
      return { kind: 'refused', detail };
    case 400:
      return { kind: 'refused', detail: null };
    case 403:
      return { kind: 'forbidden', detail };
    default:
      return { kind: 'failed' };
  }
}

export const STALE_SKILL_MESSAGE = 'Cette compétence a été modifiée entre-temps par quelqu’un d’autre : la liste est rechargée. Vérifiez puis recommencez.';

/**
 * The same for the referential's admin commands, which carry If-Match: a stale version
 * (409 from the event store) is said in plain words, since its detail speaks of versions.
 */
export function referentialFailureOf(error: unknown): CommandOutcome {
  const { status, code } = problemOf(error);
  if (status === 409 && code === 'EVENT_STORE.WRONG_EXPECTED_VERSION') return { kind: 'refused', detail: STALE_SKILL_MESSAGE };
  return commandFailureOf(error);
}
