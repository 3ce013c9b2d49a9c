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
