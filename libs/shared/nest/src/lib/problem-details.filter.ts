import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { PLATFORM_PROBLEMS, ProblemDetails as SharedProblemDetails } from '@maillage/shared/contracts';
import { DomainError, ErrorKind } from '@maillage/shared/kernel';
import type { Request, Response } from 'express';
import { databaseUnavailableProblem } from './database-unavailable';
import { errorForLog } from './error-for-log';

const STATUS_BY_KIND: Record<ErrorKind, number> = {
  invalid: HttpStatus.UNPROCESSABLE_ENTITY,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  forbidden: HttpStatus.FORBIDDEN,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  too_many: HttpStatus.TOO_MANY_REQUESTS,
};

/** Codes for failures raised by the framework rather than by our domain. */
const CODE_BY_STATUS: Record<number, [string, string]> = {
  400: [PLATFORM_PROBLEMS.REQUEST_INVALID, 'Requête invalide.'],
  401: [PLATFORM_PROBLEMS.AUTH_UNAUTHENTICATED, 'Authentification requise.'],
  403: [PLATFORM_PROBLEMS.AUTH_FORBIDDEN, 'Vous n’avez pas accès à cette ressource.'],
  404: [PLATFORM_PROBLEMS.REQUEST_NOT_FOUND, 'Ressource introuvable.'],
  405: [PLATFORM_PROBLEMS.REQUEST_METHOD_NOT_ALLOWED, 'Méthode non autorisée.'],
  413: [PLATFORM_PROBLEMS.REQUEST_TOO_LARGE, 'La requête est trop volumineuse.'],
  415: [PLATFORM_PROBLEMS.REQUEST_UNSUPPORTED_MEDIA_TYPE, 'Type de contenu non pris en charge.'],
  428: [PLATFORM_PROBLEMS.REQUEST_PRECONDITION_REQUIRED, 'En-tête If-Match requis.'],
  429: [PLATFORM_PROBLEMS.AUTH_TOO_MANY_ATTEMPTS, 'Trop de tentatives.'],
};

/**
 * body-parser's errors (http-errors with a `type`), raised before any route:
 * each a client error with its own code. Our own JSON checks (`json-body.ts`)
 * come through body-parser's verify hook, which would answer 403.
 */
const BODY_PARSER_PROBLEMS: Record<string, [number, string, string]> = {
  'entity.parse.failed': [400, PLATFORM_PROBLEMS.REQUEST_INVALID_JSON, 'Le contenu n’est pas un JSON valide.'],
  'entity.too.deep': [400, PLATFORM_PROBLEMS.REQUEST_TOO_DEEP, 'Le contenu JSON est trop imbriqué.'],
  'entity.nul.character': [400, PLATFORM_PROBLEMS.REQUEST_NUL_CHARACTER, 'La requête contient un caractère nul : retirez-le.'],
  'entity.too.large': [413, PLATFORM_PROBLEMS.REQUEST_TOO_LARGE, 'La requête est trop volumineuse.'],
  'entity.verify.failed': [400, PLATFORM_PROBLEMS.REQUEST_INVALID, 'Requête invalide.'],
  'charset.unsupported': [415, PLATFORM_PROBLEMS.REQUEST_UNSUPPORTED_CHARSET, 'Jeu de caractères non pris en charge : envoyez de l’UTF-8.'],
  'encoding.unsupported': [415, PLATFORM_PROBLEMS.REQUEST_UNSUPPORTED_ENCODING, 'Compression du contenu non prise en charge.'],
  'request.aborted': [400, PLATFORM_PROBLEMS.REQUEST_INCOMPLETE, 'La requête n’a pas été reçue en entier.'],
  'request.size.invalid': [400, PLATFORM_PROBLEMS.REQUEST_INCOMPLETE, 'La requête n’a pas été reçue en entier.'],
  'stream.encoding.set': [400, PLATFORM_PROBLEMS.REQUEST_INVALID, 'Requête invalide.'],
  'parameters.too.many': [413, PLATFORM_PROBLEMS.REQUEST_TOO_LARGE, 'La requête a trop de paramètres.'],
};

/** The body being built: the filter adds the request's path and id before sending it. */
export type ProblemDetails = { -readonly [K in keyof SharedProblemDetails]: SharedProblemDetails[K] };

const problemType = (code: string) => `urn:maillage:problem:${code.toLowerCase()}`;

/**
 * The one place that turns errors into RFC 9457 problem+json. Domain errors
 * keep their stable code; anything unexpected becomes a bare 500 (details go
 * to the log, never to the client: no stack, no SQL).
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(exception);
    problem.instance = request.originalUrl?.split('?')[0];
    problem.requestId = typeof request.id === 'string' ? request.id : undefined;
    if (problem.status >= 500) {
      this.logger.error({ err: errorForLog(exception), requestId: problem.requestId }, 'Unhandled error');
    }
    if (response.headersSent) return;
    response.status(problem.status).type('application/problem+json').setHeader('Cache-Control', 'no-store');
    response.send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof DomainError) {
      const status = STATUS_BY_KIND[exception.kind];
      // Details first: a detail can never override the status or the code.
      return { ...exception.details, type: problemType(exception.code), title: exception.message, status, detail: exception.message, code: exception.code };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const [fallbackCode, title] = CODE_BY_STATUS[status] ?? [`HTTP.${status}`, exception.message];
      const bodyObject = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
      const code = typeof bodyObject['code'] === 'string' ? bodyObject['code'] : fallbackCode;
      const messages = bodyObject['message'];
      const errors = Array.isArray(messages) ? messages.map(String) : undefined;
      const detail = errors ? errors.join(' ; ') : typeof messages === 'string' ? messages : title;
      return { type: problemType(code), title, status, detail, code, ...(errors ? { errors } : {}) };
    }
    const clientError = this.clientErrorOf(exception);
    if (clientError) return clientError;
    const unavailable = databaseUnavailableProblem(exception);
    if (unavailable) return unavailable;
    return {
      type: problemType(PLATFORM_PROBLEMS.INTERNAL),
      title: 'Erreur interne',
      status: 500,
      detail: 'Une erreur inattendue est survenue. Elle a été enregistrée ; réessayez plus tard.',
      code: PLATFORM_PROBLEMS.INTERNAL,
    };
  }

  /** A client error raised outside Nest (body-parser, http-errors): never a 500. */
  private clientErrorOf(exception: unknown): ProblemDetails | null {
    const error = exception as { type?: unknown; status?: unknown; expose?: unknown; message?: unknown } | null;
    if (typeof error !== 'object' || error === null) return null;
    const known = typeof error.type === 'string' ? BODY_PARSER_PROBLEMS[error.type] : undefined;
    if (known) {
      const [status, code, title] = known;
      // Our own checks carry a French message a person can act on; body-parser's are English internals.
      const detail = error.type === 'entity.too.deep' || error.type === 'entity.nul.character' ? String(error.message) : title;
      return { type: problemType(code), title, status, detail, code };
    }
    if (typeof error.status === 'number' && error.status >= 400 && error.status < 500 && error.expose === true) {
      const [code, title] = CODE_BY_STATUS[error.status] ?? [PLATFORM_PROBLEMS.REQUEST_INVALID, 'Requête invalide.'];
      return { type: problemType(code), title, status: error.status, detail: title, code };
    }
    return null;
  }
}
