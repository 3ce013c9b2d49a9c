/** The part of an RFC 9457 problem+json answer the screens use. */
export interface Problem {
  /** 0 when the server could not be reached. */
  readonly status: number;
  readonly code: string | null;
  readonly detail: string | null;
}

/** An HttpErrorResponse, told by its shape so this file stays free of Angular (and unit-testable). */
interface HttpFailure {
  readonly name: 'HttpErrorResponse';
  readonly status: number;
  readonly error: unknown;
}

const isHttpFailure = (error: unknown): error is HttpFailure =>
  typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'HttpErrorResponse';

export function problemOf(error: unknown): Problem {
  if (!isHttpFailure(error)) return { status: 0, code: null, detail: null };
  const body: unknown = error.error;
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  return {
    status: error.status,
    code: typeof fields['code'] === 'string' ? fields['code'] : null,
    detail: typeof fields['detail'] === 'string' ? fields['detail'] : null,
  };
}

/** A pattern ending in "." names every code of a context (`COMPETENCES.`); otherwise one code. */
const matches = (code: string | null, patterns: readonly string[]) =>
  !!code && patterns.some((pattern) => (pattern.endsWith('.') ? code.startsWith(pattern) : code === pattern));

/**
 * Why a read failed. `unavailable`: a 404 without a code the context owns, i.e. the route
 * itself is missing (an API older than this screen). `no-agent`: the account has no fiche agent.
 */
export type LoadError = 'not-found' | 'unavailable' | 'no-agent' | 'forbidden' | 'failed';

/** What a context knows of its own codes, as data: the mapping itself is the same everywhere. */
export interface LoadErrorRules {
  /**
   * The codes whose 404 means "this does not exist" (patterns, see `matches`). Without it
   * every 404 does; with it, any other 404 is `unavailable`.
   */
  readonly notFoundCodes?: readonly string[];
  /** The 403 code that means the account has no fiche agent. */
  readonly noAgentCode?: string;
}

export function loadErrorOf(error: unknown, rules: LoadErrorRules = {}): LoadError {
  const { status, code } = problemOf(error);
  if (status === 404) return !rules.notFoundCodes || matches(code, rules.notFoundCodes) ? 'not-found' : 'unavailable';
  // A malformed id (400) points at nothing, just as an unknown one.
  if (status === 400) return 'not-found';
  if (status === 403) return rules.noAgentCode && code === rules.noAgentCode ? 'no-agent' : 'forbidden';
  return 'failed';
}

/**
 * The outcome of a command. The details of 404 (of a code of ours), 409, 412 and 422 come from
 * our domain, in French, and may be shown; a 400 comes from request validation and is written
 * for developers, so it carries none.
 */
export type CommandOutcome =
  | { readonly kind: 'done'; readonly consistent: boolean }
  /** `stale`: the version the user saw is no longer the current one (someone else wrote meanwhile). */
  | { readonly kind: 'conflict'; readonly stale: boolean; readonly detail: string | null }
  | { readonly kind: 'refused'; readonly detail: string | null }
  | { readonly kind: 'forbidden'; readonly detail: string | null }
  | { readonly kind: 'failed' };

export interface CommandRules {
  /** The codes whose 404 means "this is gone since" (a skill withdrawn meanwhile): a refusal, with its detail. */
  readonly refusedNotFoundCodes?: readonly string[];
}

const STALE_VERSION = 'EVENT_STORE.WRONG_EXPECTED_VERSION';

export function commandOutcomeOf(error: unknown, rules: CommandRules = {}): CommandOutcome {
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
      return { kind: 'forbidden', detail };
    case 404:
      return rules.refusedNotFoundCodes && matches(code, rules.refusedNotFoundCodes) ? { kind: 'refused', detail } : { kind: 'failed' };
    default:
      return { kind: 'failed' };
  }
}
