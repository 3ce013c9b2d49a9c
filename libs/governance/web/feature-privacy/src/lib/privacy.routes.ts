import { inject } from '@angular/core';
import { Routes } from '@angular/router';
import { CURRENT_ACCOUNT } from '@maillage/shared/web-data-access';

/** Mounted by the app at /vie-privee (behind its auth guard); each page is its own chunk. */
export const PRIVACY_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Vie privée',
    loadComponent: () => import('./privacy-home-page').then((m) => m.PrivacyHomePageComponent),
  },
  {
    path: 'consultations',
    title: 'Qui a consulté mes données',
    loadComponent: () => import('./my-views-page').then((m) => m.MyViewsPageComponent),
  },
  {
    path: 'partage',
    title: 'Mes choix de partage',
    loadComponent: () => import('./sharing-page').then((m) => m.SharingPageComponent),
  },
  {
    path: 'mes-donnees',
    title: 'Mes données',
    loadComponent: () => import('./my-data-page').then((m) => m.MyDataPageComponent),
  },
  {
    // "My journal": the signed-in agent's own profile.
    path: 'journal',
    pathMatch: 'full',
    redirectTo: () => {
      const agentId = inject(CURRENT_ACCOUNT)()?.agentId;
      return agentId ? `/vie-privee/journal/${agentId}` : '/vie-privee';
    },
  },
  {
    path: 'journal/:agentId',
    title: 'Journal des modifications',
    loadComponent: () => import('./profile-changes-page').then((m) => m.ProfileChangesPageComponent),
  },
  {
    path: 'audit',
    title: 'Audit des consultations',
    loadComponent: () => import('./audit-page').then((m) => m.AuditPageComponent),
  },
  {
    path: 'comite',
    title: 'Comité de pilotage',
    loadComponent: () => import('./committee-page').then((m) => m.CommitteePageComponent),
  },
];
