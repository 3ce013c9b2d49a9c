import { EnvironmentProviders, inject, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { AuthService } from './auth.service';

/**
 * Tries a silent refresh before the first navigation, so a reload keeps the user
 * signed in (the access token, held in memory only, is lost on reload).
 * Register `authInterceptor` with `provideHttpClient(withInterceptors(...))` too.
 */
export function provideAuth(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideAppInitializer(() => firstValueFrom(inject(AuthService).restoreSession())),
  ]);
}
