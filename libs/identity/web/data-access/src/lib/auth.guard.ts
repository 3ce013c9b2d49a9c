import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from './auth.service';
import { LOGIN_PATH } from './return-url';

/**
 * Signed-in pages. The start-up silent refresh has already run (app initializer),
 * so the session signal is authoritative here and no request is needed.
 */
export const authGuard: CanActivateFn = (_route, state) =>
  inject(AuthService).isAuthenticated() ||
  inject(Router).createUrlTree([LOGIN_PATH], { queryParams: { retour: state.url } });

/** The login page: someone already signed in goes straight to the home page. */
export const guestGuard: CanActivateFn = () =>
  !inject(AuthService).isAuthenticated() || inject(Router).createUrlTree(['/']);
