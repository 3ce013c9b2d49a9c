import { createHash } from 'node:crypto';
import {
  BadRequestException,
  CallHandler,
  ConflictException,
  ExecutionContext,
  Inject,
  Injectable,
  NestInterceptor,
  UnprocessableEntityException,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { Observable, catchError, from, mergeMap, of, throwError } from 'rxjs';
import type { AuthenticatedAccount } from '../auth.decorators';
import { isDatabaseUnavailable } from '../database-unavailable';
import { IDEMPOTENCY_OPTIONS, IDEMPOTENCY_STORE, IdempotencyOptions, IdempotencyStore, StoredAnswer } from './idempotency-store';
import { PLATFORM_PROBLEMS } from '@maillage/shared/contracts';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const REPLAYED_HEADER = 'Idempotent-Replayed';
const KEY = /^[A-Za-z0-9._:-]{8,128}$/;
const KEPT_HEADERS = ['etag', 'location'];

/**
 * Honours an `Idempotency-Key` header on every authenticated POST (every
 * creating operation, and the other POST actions with them; no list to keep
 * up to date): a retry with the same key, by the same account, gets the first
 * answer again and runs nothing; the same key with another request is refused
 * (422), and a retry while the first is still running gets 409. Keys are
 * scoped to the account, so nobody can replay someone else's answer.
 *
 * A request refused for its content forgets its key (a corrected retry may
 * use it). One that met an unavailable database keeps it claimed until the
 * lease ends (60 s): its append may still commit when a frozen server
 * resumes, so a retry meanwhile gets 409 rather than a second run.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    @Inject(IDEMPOTENCY_STORE) private readonly store: IdempotencyStore,
    @Inject(IDEMPOTENCY_OPTIONS) private readonly options: IdempotencyOptions,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request & { user?: AuthenticatedAccount }>();
    const response = http.getResponse<Response>();
    const key = request.headers[IDEMPOTENCY_HEADER.toLowerCase()];
    if (request.method !== 'POST' || key === undefined || !request.user) return next.handle();
    const path = request.originalUrl.split('?')[0];
    if (this.options.excludedPathPrefixes.some((prefix) => path.startsWith(prefix))) return next.handle();
    if (typeof key !== 'string' || !KEY.test(key)) {
      return throwError(
        () =>
          new BadRequestException({
            code: PLATFORM_PROBLEMS.IDEMPOTENCY_INVALID_KEY,
            message: 'L’en-tête Idempotency-Key doit contenir de 8 à 128 caractères parmi lettres, chiffres, « . », « _ », « : » et « - » (un UUID convient).',
          }),
      );
    }
    response.setHeader(IDEMPOTENCY_HEADER, key);
    const scope = request.user.accountId;
    const fingerprint = fingerprintOf(request);
    return from(this.store.claim(scope, key, fingerprint)).pipe(
      mergeMap((claim) => {
        if (claim.kind !== 'claimed' && claim.fingerprint !== fingerprint) {
          throw new UnprocessableEntityException({
            code: PLATFORM_PROBLEMS.IDEMPOTENCY_KEY_REUSED,
            message: 'Cette clé Idempotency-Key a déjà servi pour une autre requête : utilisez une nouvelle clé pour une nouvelle opération.',
          });
        }
        if (claim.kind === 'running') {
          response.setHeader('Retry-After', '1');
          throw new ConflictException({
            code: PLATFORM_PROBLEMS.IDEMPOTENCY_IN_PROGRESS,
            message: 'La même opération est encore en cours : réessayez dans un instant pour obtenir sa réponse.',
          });
        }
        if (claim.kind === 'answered') return of(replay(response, claim.answer));
        return next.handle().pipe(
          mergeMap(async (body) => {
            await this.store.complete(scope, key, answerOf(response, body));
            return body;
          }),
          catchError((error: unknown) =>
            isDatabaseUnavailable(error)
              ? throwError(() => error)
              : from(this.store.release(scope, key).catch(() => undefined)).pipe(mergeMap(() => throwError(() => error))),
          ),
        );
      }),
    );
  }
}

function replay(response: Response, answer: StoredAnswer): unknown {
  response.status(answer.status);
  for (const [name, value] of Object.entries(answer.headers)) response.setHeader(name, value);
  response.setHeader(REPLAYED_HEADER, 'true');
  return answer.body ?? undefined;
}

function answerOf(response: Response, body: unknown): StoredAnswer {
  const headers: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = response.getHeader(name);
    if (typeof value === 'string') headers[name] = value;
  }
  return { status: response.statusCode, body: body ?? null, headers };
}

/** Same route, same query, same body (JSON with sorted keys, or the raw bytes of an upload). */
function fingerprintOf(request: Request): string {
  const hash = createHash('sha256').update(`${request.method} ${request.originalUrl}\n`);
  const body: unknown = request.body;
  hash.update(Buffer.isBuffer(body) ? body : canonicalJson(body ?? null));
  return hash.digest('base64url');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
