/**
 * Problem codes raised by the platform rather than by a context (request checks, authentication,
 * idempotency, an unavailable database). Stable: clients branch on them. A context's own codes
 * (`DIRECTORY.AGENT_NOT_FOUND`, …) stay in the context.
 */
export const PLATFORM_PROBLEMS = {
  REQUEST_INVALID: 'REQUEST.INVALID',
  REQUEST_INVALID_ID: 'REQUEST.INVALID_ID',
  REQUEST_INVALID_DATE: 'REQUEST.INVALID_DATE',
  REQUEST_INVALID_JSON: 'REQUEST.INVALID_JSON',
  REQUEST_INVALID_IF_MATCH: 'REQUEST.INVALID_IF_MATCH',
  REQUEST_PRECONDITION_REQUIRED: 'REQUEST.PRECONDITION_REQUIRED',
  REQUEST_FIELD_NOT_ALLOWED: 'REQUEST.FIELD_NOT_ALLOWED',
  REQUEST_NOT_FOUND: 'REQUEST.NOT_FOUND',
  REQUEST_METHOD_NOT_ALLOWED: 'REQUEST.METHOD_NOT_ALLOWED',
  REQUEST_TOO_LARGE: 'REQUEST.TOO_LARGE',
  REQUEST_TOO_DEEP: 'REQUEST.TOO_DEEP',
  REQUEST_NUL_CHARACTER: 'REQUEST.NUL_CHARACTER',
  REQUEST_INCOMPLETE: 'REQUEST.INCOMPLETE',
  REQUEST_UNSUPPORTED_MEDIA_TYPE: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  REQUEST_UNSUPPORTED_CHARSET: 'REQUEST.UNSUPPORTED_CHARSET',
  REQUEST_UNSUPPORTED_ENCODING: 'REQUEST.UNSUPPORTED_ENCODING',
  AUTH_UNAUTHENTICATED: 'AUTH.UNAUTHENTICATED',
  AUTH_FORBIDDEN: 'AUTH.FORBIDDEN',
  AUTH_TOO_MANY_ATTEMPTS: 'AUTH.TOO_MANY_ATTEMPTS',
  IDEMPOTENCY_INVALID_KEY: 'IDEMPOTENCY.INVALID_KEY',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY.KEY_REUSED',
  IDEMPOTENCY_IN_PROGRESS: 'IDEMPOTENCY.IN_PROGRESS',
  DATABASE_UNAVAILABLE: 'PLATFORM.DATABASE_UNAVAILABLE',
  INTERNAL: 'INTERNAL',
} as const;

export type PlatformProblemCode = (typeof PLATFORM_PROBLEMS)[keyof typeof PLATFORM_PROBLEMS];

/** An RFC 9457 problem body as the API sends it (`application/problem+json`). */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  /** In French, for a person to act on. */
  readonly detail: string;
  /** Stable: a platform code above or a context's `CONTEXT.SOMETHING`. */
  readonly code: string;
  readonly instance?: string;
  readonly requestId?: string;
  /** One message per refused field, when validation refused several. */
  readonly errors?: readonly string[];
  readonly [extension: string]: unknown;
}
