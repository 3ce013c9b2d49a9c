import { Routes } from '@angular/router';
import { guestGuard, signedInGuard } from '@maillage/identity/web/data-access';
import { LoginPageComponent } from './login-page';

export const loginRoutes: Routes = [
  { path: '', title: 'Connexion', component: LoginPageComponent, canActivate: [guestGuard] },
  {
    path: 'mot-de-passe',
    title: 'Changer de mot de passe',
    canActivate: [signedInGuard],
    loadComponent: () => import('./password-page').then((m) => m.PasswordPageComponent),
  },
];
