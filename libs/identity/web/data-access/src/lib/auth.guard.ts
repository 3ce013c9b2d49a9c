import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from './auth.service';
import { LOGIN_PATH, PASSWORD_CHANGE_PATH } from './return-url';

/**
 * Signed-in pages. The start-up silent refresh has already run (app initializer),
 * so the session signal is authoritative here and no request is needed. An account
 * still on its one-time password goes to the password change first (the server
 * refuses it everything else anyway).
 */
export const authGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  if (!auth.isAuthenticated()) return router.createUrlTree([LOGIN_PATH], { queryParams: { retour: state.url } });
  if (auth.account()?.passwordChangeRequired) return router.createUrlTree([PASSWORD_CHANGE_PATH], { queryParams: { retour: state.url } });
  return true;
};

/** The password change: any signed-in account, one-time password or not. */
export const signedInGuard: CanActivateFn = (_route, state) =>
  inject(AuthService).isAuthenticated() || inject(Router).createUrlTree([LOGIN_PATH], { queryParams: { retour: state.url } });

/** The login page: someone already signed in goes straight to the home page. */
export const guestGuard: CanActivateFn = () =>
  !inject(AuthService).isAuthenticated() || inject(Router).createUrlTree(['/']);

/** Pages for admins (DLSI): spares others a page whose every call the server would refuse (403). */
export const adminGuard: CanActivateFn = () => inject(AuthService).hasAnyRole('admin') || inject(Router).createUrlTree(['/']);
