import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  DEFAULT_CURRENCY_CODE,
  inject,
  LOCALE_ID,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, TitleStrategy, withInMemoryScrolling } from '@angular/router';
import { AGENT_PROFILE_SECTIONS, AgentProfileSection } from '@maillage/directory/web/data-access';
import { AuthService, authInterceptor, provideAuth } from '@maillage/identity/web/data-access';
import { CURRENT_ACCOUNT } from '@maillage/shared/web-data-access';
import { appRoutes } from './app.routes';
import { MaillageTitleStrategy } from './title.strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    // XHR, not withFetch(): Angular's fetch backend aborts every request on teardown, even
    // a completed one, so DevTools and proxies log each API call as cancelled. No SSR here.
    provideHttpClient(withInterceptors([authInterceptor])),
    provideRouter(appRoutes, withInMemoryScrolling({ scrollPositionRestoration: 'enabled' })),
    provideAuth(),
    { provide: TitleStrategy, useClass: MaillageTitleStrategy },
    { provide: LOCALE_ID, useValue: 'fr-FR' },
    { provide: DEFAULT_CURRENCY_CODE, useValue: 'EUR' },
    // Contexts may not import identity's web code: the app tells them, once, who is looking.
    { provide: CURRENT_ACCOUNT, useFactory: () => inject(AuthService).account },
    // The fiche agent shows other contexts' parts without importing them: each is its own lazy chunk.
    {
      provide: AGENT_PROFILE_SECTIONS,
      useValue: [
        { title: 'Compétences', loadComponent: () => import('@maillage/competences/web/feature-skills').then((m) => m.AgentVisibleSkillsComponent) },
      ] satisfies readonly AgentProfileSection[],
    },
  ],
};
