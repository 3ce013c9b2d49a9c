import { Routes } from '@angular/router';

/** Reachable without signing in: the legal pages are owed to anyone who reaches the app. */
export const legalRoutes: Routes = [
  { path: 'accessibilite', title: 'Déclaration d’accessibilité', loadComponent: () => import('./accessibility-page.component').then((m) => m.AccessibilityPageComponent) },
  { path: 'mentions-legales', title: 'Mentions légales', loadComponent: () => import('./legal-notice-page.component').then((m) => m.LegalNoticePageComponent) },
  { path: 'donnees-personnelles', title: 'Données personnelles', loadComponent: () => import('./personal-data-page.component').then((m) => m.PersonalDataPageComponent) },
  { path: 'aide', title: 'Aide et contact', loadComponent: () => import('./help-page.component').then((m) => m.HelpPageComponent) },
];
