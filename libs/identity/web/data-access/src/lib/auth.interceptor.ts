import { HttpErrorResponse, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, switchMap, throwError } from 'rxjs';
import { AuthService } from './auth.service';
import { LOGIN_PATH } from './return-url';

/** The token only ever goes to our own API, never to another origin. */
const isApiRequest = (request: HttpRequest<unknown>) => request.url.startsWith('/api/');

const withToken = (request: HttpRequest<unknown>, token: string | null) =>
  token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;

/**
 * Adds the access token; on a 401, refreshes once and replays the request. A second
 * 401 is passed through (no loop); a failed refresh sends the user to the login page.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiRequest(request)) return next(request);
  const auth = inject(AuthService);
  const router = inject(Router);
  const sentToken = auth.accessToken();

  return next(withToken(request, sentToken)).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401) return throwError(() => error);
      // Another request may already have refreshed while this one was in flight.
      const current = auth.accessToken();
      if (current && current !== sentToken) return next(withToken(request, current));
      return auth.refresh().pipe(
        switchMap((ok) => {
          if (ok) return next(withToken(request, auth.accessToken()));
          auth.clear();
          void router.navigate([LOGIN_PATH], { queryParams: { retour: router.url } });
          return throwError(() => error);
        }),
      );
    }),
  );
};
