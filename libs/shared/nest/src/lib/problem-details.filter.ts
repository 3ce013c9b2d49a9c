import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
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
  400: ['REQUEST.INVALID', 'Requête invalide.'],
  401: ['AUTH.UNAUTHENTICATED', 'Authentification requise.'],
  403: ['AUTH.FORBIDDEN', 'Vous n’avez pas accès à cette ressource.'],
  404: ['REQUEST.NOT_FOUND', 'Ressource introuvable.'],
  405: ['REQUEST.METHOD_NOT_ALLOWED', 'Méthode non autorisée.'],
  413: ['REQUEST.TOO_LARGE', 'La requête est trop volumineuse.'],
  415: ['REQUEST.UNSUPPORTED_MEDIA_TYPE', 'Type de contenu non pris en charge.'],
  428: ['REQUEST.PRECONDITION_REQUIRED', 'En-tête If-Match requis.'],
  429: ['AUTH.TOO_MANY_ATTEMPTS', 'Trop de tentatives.'],
};

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  requestId?: string;
  errors?: readonly string[];
  [extension: string]: unknown;
}

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
    const payloadTooLarge = (exception as { type?: string })?.type === 'entity.too.large';
    if (payloadTooLarge) {
      const [code, title] = CODE_BY_STATUS[413];
      return { type: problemType(code), title, status: 413, detail: title, code };
    }
    const unavailable = databaseUnavailableProblem(exception);
    if (unavailable) return unavailable;
    return {
      type: problemType('INTERNAL'),
      title: 'Erreur interne',
      status: 500,
      detail: 'Une erreur inattendue est survenue. Elle a été enregistrée ; réessayez plus tard.',
      code: 'INTERNAL',
    };
  }
}
