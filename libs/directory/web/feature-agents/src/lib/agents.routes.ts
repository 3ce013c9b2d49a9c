import { Routes } from '@angular/router';

/** Mounted at the app root (the paths are the French URLs); each page is its own chunk. */
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
];
