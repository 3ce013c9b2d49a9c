import { Routes } from '@angular/router';
import { guestGuard } from '@maillage/identity/web/data-access';
import { LoginPageComponent } from './login-page';

export const loginRoutes: Routes = [
  { path: '', title: 'Connexion', component: LoginPageComponent, canActivate: [guestGuard] },
];
