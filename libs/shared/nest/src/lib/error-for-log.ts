/**
 * What the log keeps of an error: its class, message, SQLSTATE and stack.
 * Never SQL parameters (TypeORM's QueryFailedError carries `parameters` and
 * the query), never pg's `detail`, `where` or `internalQuery` (they quote row
 * values: personal data outside the redaction rules). One function, used by
 * every place that logs an error that may come from the database.
 */
export interface LoggedError {
  readonly type: string;
  readonly message: string;
  readonly code?: string;
  /** pg's hints that name schema objects, never values. */
  readonly table?: string;
  readonly constraint?: string;
  readonly stack?: string;
}

const MAX_MESSAGE = 2000;

export function errorForLog(error: unknown): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error).slice(0, MAX_MESSAGE) };
  const fields = error as Error & { code?: unknown; table?: unknown; constraint?: unknown };
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const code = text(fields.code);
  // Data exceptions (SQLSTATE 22*) quote the offending value in their message.
  const message = code?.startsWith('22') ? error.message.replace(/"[^"]*"/g, '"…"') : error.message;
  return {
    type: error.constructor?.name ?? error.name,
    message: message.slice(0, MAX_MESSAGE),
    code,
    table: text(fields.table),
    constraint: text(fields.constraint),
    // The stack's first line repeats the message: keep only the frames.
    stack: error.stack?.split('\n').slice(1).join('\n'),
  };
}
