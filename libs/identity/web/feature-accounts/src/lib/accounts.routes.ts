import { Routes } from '@angular/router';
import { adminGuard } from '@maillage/identity/web/data-access';

/** Mounted by the app at /administration/comptes (behind its auth guard). */
export const ACCOUNTS_ROUTES: Routes = [
  {
    path: '',
    title: 'Comptes',
    canActivate: [adminGuard],
    loadComponent: () => import('./accounts-page').then((m) => m.AccountsPageComponent),
  },
];
