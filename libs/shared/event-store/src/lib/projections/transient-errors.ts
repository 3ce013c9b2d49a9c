/**
 * Tells a failure the database or network may not repeat (retry the whole
 * batch later, park nothing) from one the event itself causes (park it).
 *
 * Transient, by SQLSTATE class: 08 connection exception, 40 transaction
 * rollback (serialization failure, deadlock), 53 insufficient resources
 * (disk full, out of memory, too many connections), 57 operator intervention
 * (query cancelled, statement timeout, server shutting down), 58 system error
 * (I/O); plus 55P03 lock_not_available (lock timeout). Also transient: a
 * socket error from Node (ECONNRESET, ETIMEDOUT, …) or a connection the pg
 * driver reports as ended, which carry no SQLSTATE.
 *
 * Everything else is the event's fault as far as the runner can tell: a
 * constraint refusing a value (23*), a bad cast (22*), an error thrown by the
 * projection's own code on an unexpected shape (a TypeError). Parking those
 * is safe: the rows they concern are withheld and a retry replays them.
 */
const TRANSIENT_CLASSES = new Set(['08', '40', '53', '57', '58']);
const TRANSIENT_CODES = new Set(['55P03']);
const SQLSTATE = /^[0-9A-Z]{5}$/;
const NODE_SOCKET_ERROR = /^E[A-Z]+$/;
const CONNECTION_ENDED = /Connection terminated|connection (?:is )?closed|Client has encountered a connection error|Client was closed/i;

export function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  // Node's codes first: EPIPE also looks like a SQLSTATE, and no SQLSTATE class starts with E.
  if (typeof code === 'string' && NODE_SOCKET_ERROR.test(code)) return true;
  if (typeof code === 'string' && SQLSTATE.test(code)) return TRANSIENT_CLASSES.has(code.slice(0, 2)) || TRANSIENT_CODES.has(code);
  return error instanceof Error && CONNECTION_ENDED.test(error.message);
}

/** What is kept of an error: its code and message, never pg's `detail` (it quotes the row, personal data). */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 2000);
  const code = (error as { code?: unknown }).code;
  return `${typeof code === 'string' ? `[${code}] ` : ''}${error.message}`.slice(0, 2000);
}
