import { CallHandler, ExecutionContext, HttpException, HttpStatus, Injectable, NestInterceptor } from '@nestjs/common';
import { raw } from 'express';
import type { Request, Response } from 'express';
import { Observable, from, switchMap } from 'rxjs';

/** An HR export of a few thousand agents weighs well under 1 MB; 5 MB leaves room. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * Media types a browser or a script may give a CSV file: Windows labels .csv
 * as application/vnd.ms-excel, some tools send text/plain.
 */
export const CSV_MEDIA_TYPES = ['text/csv', 'application/octet-stream', 'application/vnd.ms-excel', 'text/plain'];

const parseRaw = raw({ type: CSV_MEDIA_TYPES, limit: MAX_IMPORT_BYTES });

/**
 * Reads the file as bytes for `POST /api/imports` (the app's global parser is
 * JSON, 100 kB). An interceptor, not a middleware: interceptors run after the
 * guards, so a caller without a valid token, or without the HR or admin role,
 * is refused before a byte of the 5 MB is read — the body is never buffered
 * for them (Node discards it).
 */
@Injectable()
export class RawCsvBodyInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const parsed = new Promise<void>((resolve, reject) =>
      parseRaw(request, response, (error?: unknown) => (error ? reject(rawBodyError(error) ?? error) : resolve())),
    );
    return from(parsed).pipe(switchMap(() => next.handle()));
  }
}

/** body-parser's errors, as problem+json with the import's codes. */
export function rawBodyError(error: unknown): HttpException | null {
  const type = (error as { type?: string })?.type;
  if (type === 'entity.too.large') {
    return new HttpException(
      { code: 'IMPORT.FILE_TOO_LARGE', message: `Le fichier dépasse ${MAX_IMPORT_BYTES / 1024 / 1024} Mo : découpez-le en plusieurs imports.` },
      HttpStatus.PAYLOAD_TOO_LARGE,
    );
  }
  if (type === 'request.aborted' || type === 'request.size.invalid') {
    return new HttpException({ code: 'IMPORT.UPLOAD_INCOMPLETE', message: 'Le fichier n’a pas été reçu en entier : recommencez l’envoi.' }, HttpStatus.BAD_REQUEST);
  }
  if (type === 'encoding.unsupported') {
    return new HttpException({ code: 'IMPORT.CONTENT_ENCODING_UNSUPPORTED', message: 'Compression du contenu non prise en charge.' }, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
  }
  return null;
}
