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
