import { randomUUID } from 'node:crypto';
import { LoggerService } from '@nestjs/common';
import pino, { DestinationStream, Logger } from 'pino';
import pinoHttp from 'pino-http';
import type { IncomingMessage } from 'node:http';

/** Never logged, wherever they appear: tokens, cookies, passwords, hashes. */
const REDACTED = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.passwordHash',
  '*.accessToken',
  '*.token',
];

/** `destination` is for tests that read the log back; the app writes to stdout. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, redact: { paths: REDACTED, censor: '[redacted]' }, base: { service: 'maillage-api' } };
  // pino's default serializers turn `err` into { type, message, stack }.
  return destination ? pino(options, destination) : pino(options);
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,80}$/;

/**
 * Structured access log; every request gets an id (a caller's well-formed
 * X-Request-Id is kept, for tracing across services) that is echoed back and
 * becomes the correlation id of the events it causes.
 */
export function requestLogging(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res) => {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customProps: (req: IncomingMessage & { id?: unknown }) => ({ requestId: req.id }),
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url?.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}

type Level = 'error' | 'warn' | 'info' | 'debug' | 'trace';

/** A V8 stack: a line that starts with "at " after the first one. */
const STACK = /\n\s+at /;

/**
 * Routes Nest's own logging into the same JSON log. Nest calls
 * `method(message, ...params, context)`: the logger's context comes last, and
 * `error` may carry a stack string. The message may be a string, an Error or
 * an object of fields (`{ err, importId }`) whose `err` pino serializes with
 * its message and stack — so an error is never logged as `"err":{}`.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, ...params: unknown[]) {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]) {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]) {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]) {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]) {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]) {
    this.logger.fatal(...entry(message, params));
  }

  private write(level: Level, message: unknown, params: unknown[]) {
    this.logger[level](...entry(message, params));
  }
}

/** The pino arguments (fields, message) for one Nest log call. */
export function entry(message: unknown, params: readonly unknown[]): [Record<string, unknown>, string | undefined] {
  const rest = params.filter((param) => param !== undefined);
  const context = rest.length > 0 && typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
  const stack = rest.find((param): param is string => typeof param === 'string' && STACK.test(param));
  const text = rest.find((param): param is string => typeof param === 'string' && param !== stack);
  const extraError = rest.find((param) => param instanceof Error);
  const fields: Record<string, unknown> = { context };
  let msg = text;
  if (message instanceof Error) {
    fields['err'] = message;
    msg ??= message.message;
  } else if (typeof message === 'object' && message !== null) {
    Object.assign(fields, message);
  } else if (message !== undefined) {
    msg = text ? `${String(message)} ${text}` : String(message);
  }
  if (extraError && fields['err'] === undefined) fields['err'] = extraError;
  // Nest's `Logger.error(message, stack)`: keep the stack with the message it belongs to.
  if (stack && fields['err'] === undefined) fields['err'] = { type: 'Error', message: msg ?? '', stack };
  return [fields, msg];
}
