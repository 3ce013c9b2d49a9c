import { Routes } from '@angular/router';
import { requireRoles } from './require-roles.guard';

/**
 * Mounted at the app root (the paths are the French URLs); each page is its own chunk,
 * so ngx-graph is only downloaded with the organigramme.
 */
export const agentsRoutes: Routes = [
  {
    path: 'annuaire',
    title: 'Annuaire',
    loadComponent: () => import('./agent-search-page').then((m) => m.AgentSearchPageComponent),
  },
  {
    path: 'agents/:id',
    title: 'Fiche agent',
    loadComponent: () => import('./agent-profile-page').then((m) => m.AgentProfilePageComponent),
  },
  {
    path: 'agents/:id/equipe',
    title: 'Équipe',
    loadComponent: () => import('./agent-team-page').then((m) => m.AgentTeamPageComponent),
  },
  {
    path: 'organigramme',
    title: 'Organigramme',
    loadComponent: () => import('./org-chart-page').then((m) => m.OrgChartPageComponent),
  },
  {
    path: 'import',
    title: "Import de l'annuaire",
    canActivate: [requireRoles('hr', 'admin')],
    loadComponent: () => import('./import-page').then((m) => m.ImportPageComponent),
  },
];
