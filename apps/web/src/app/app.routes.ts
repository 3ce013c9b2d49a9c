import { Routes } from '@angular/router';
import { authGuard } from '@maillage/identity/web/data-access';
import { legalRoutes } from './legal/legal.routes';

export const appRoutes: Routes = [
  {
    path: 'connexion',
    loadChildren: () => import('@maillage/identity/web/feature-login').then((m) => m.loginRoutes),
  },
  ...legalRoutes,
  {
    path: '',
    canActivate: [authGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'annuaire' },
      {
        path: '',
        loadChildren: () => import('@maillage/directory/web/feature-agents').then((m) => m.agentsRoutes),
      },
      {
        path: 'vie-privee',
        loadChildren: () => import('@maillage/governance/web/feature-privacy').then((m) => m.PRIVACY_ROUTES),
      },
      {
        path: 'administration/comptes',
        loadChildren: () => import('@maillage/identity/web/feature-accounts').then((m) => m.ACCOUNTS_ROUTES),
      },
      {
        path: 'competences',
        loadChildren: () => import('@maillage/competences/web/feature-skills').then((m) => m.SKILLS_ROUTES),
      },
    ],
  },
  {
    path: '**',
    title: 'Page introuvable',
    loadComponent: () => import('./not-found.component').then((m) => m.NotFoundComponent),
  },
];
