import type { ProblemDetails } from './problem-details.filter';
import { PLATFORM_PROBLEMS } from '@maillage/shared/contracts';

/**
 * Tells "the database is away, frozen or refusing connections" from every
 * other failure, so the problem filter answers 503 (retry later) instead of
 * 500 (a bug). Only failures of the connection itself qualify: a constraint,
 * a bad cast or a deadlock is not unavailability.
 *
 * SQLSTATE 08* (connection exception), 57P01-57P03 (server shutting down,
 * crash, cannot connect now), 57014 (statement timeout or cancel), 53300 (too
 * many connections); a Node socket error (ECONNREFUSED, ECONNRESET, …); and
 * pg's own messages for a connection that timed out or ended, which carry no
 * code. TypeORM wraps pg errors (QueryFailedError) and copies their code.
 */
const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '57014', '53300']);
const NODE_SOCKET_ERROR = /^E[A-Z]+$/;
const PG_CONNECTION_MESSAGE =
  /timeout exceeded when trying to connect|Connection terminated|Query read timeout|connection (?:is )?closed|Client has encountered a connection error|Client was closed|Connection is not established|Cannot use a pool after calling end/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (NODE_SOCKET_ERROR.test(code)) return true;
    if (code.startsWith('08') || UNAVAILABLE_CODES.has(code)) return true;
  }
  const message = (error as { message?: unknown }).message;
  if (typeof message === 'string' && PG_CONNECTION_MESSAGE.test(message)) return true;
  const cause = (error as { driverError?: unknown; cause?: unknown }).driverError ?? (error as { cause?: unknown }).cause;
  return cause !== undefined && cause !== error && isDatabaseUnavailable(cause);
}

export const DATABASE_UNAVAILABLE = PLATFORM_PROBLEMS.DATABASE_UNAVAILABLE;

/** Seconds a client should wait before retrying (sent as Retry-After). */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** The 503 problem for a database failure, or null when the error is something else. */
export function databaseUnavailableProblem(error: unknown): ProblemDetails | null {
  if (!isDatabaseUnavailable(error)) return null;
  const title = 'Service momentanément indisponible';
  return {
    type: `urn:maillage:problem:${DATABASE_UNAVAILABLE.toLowerCase()}`,
    title,
    status: 503,
    detail:
      'La base de données ne répond pas pour le moment. Rien n’a été perdu de ce qui a déjà été confirmé ; réessayez dans quelques secondes.',
    code: DATABASE_UNAVAILABLE,
    retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
  };
}
