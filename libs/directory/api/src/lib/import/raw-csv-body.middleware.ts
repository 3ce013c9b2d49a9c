import { HttpException, HttpStatus, Injectable, NestMiddleware } from '@nestjs/common';
import { raw } from 'express';
import type { NextFunction, Request, Response } from 'express';

/** An HR export of a few thousand agents weighs well under 1 MB; 5 MB leaves room. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * Media types a browser or a script may give a CSV file: Windows labels .csv
 * as application/vnd.ms-excel, some tools send text/plain.
 */
export const CSV_MEDIA_TYPES = ['text/csv', 'application/octet-stream', 'application/vnd.ms-excel', 'text/plain'];

const parseRaw = raw({ type: CSV_MEDIA_TYPES, limit: MAX_IMPORT_BYTES });

/**
 * The file as bytes, for `POST /api/imports` only (the app's global parser is
 * JSON, 100 kB). Middleware runs before the guards, so an anonymous request is
 * not buffered at all: the guard refuses it next.
 */
@Injectable()
export class RawCsvBodyMiddleware implements NestMiddleware {
  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    if (!req.headers.authorization) return next();
    await new Promise<void>((resolve, reject) => parseRaw(req, res, (error?: unknown) => (error ? reject(rawBodyError(error) ?? error) : resolve())));
    next();
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
