/**
 * What kind of failure a domain error is; the HTTP layer maps kinds to statuses
 * so deciders never know about HTTP.
 */
export type ErrorKind = 'invalid' | 'not_found' | 'conflict' | 'forbidden' | 'unauthenticated' | 'too_many';

/** A failure with a stable, documented code such as `DIRECTORY.AGENT_NOT_FOUND`. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export type ExpectedVersion = 'any' | 'no_stream' | 'stream_exists' | number;

/** A write based on a stale read: the stream moved on since it was loaded. */
export class ConcurrencyError extends DomainError {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: number | 'no_stream',
  ) {
    super(
      'EVENT_STORE.WRONG_EXPECTED_VERSION',
      'conflict',
      `Cette fiche a été modifiée entre-temps (version attendue ${String(expected)}, version actuelle ${String(actual)}). Rechargez-la puis recommencez.`,
      { streamId, expected, actual },
    );
    this.name = 'ConcurrencyError';
  }
}
