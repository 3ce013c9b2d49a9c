import { Routes } from '@angular/router';
import { requireAdmin } from './referential-page/require-admin.guard';

/** Mounted by the app at /competences (behind its auth guard); each page is its own chunk. */
export const SKILLS_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Compétences',
    loadComponent: () => import('./skills-home-page').then((m) => m.SkillsHomePageComponent),
  },
  {
    path: 'mes-competences',
    title: 'Mes compétences',
    loadComponent: () => import('./my-skills-page').then((m) => m.MySkillsPageComponent),
  },
  {
    path: 'recherche',
    title: 'Recherche de compétences',
    loadComponent: () => import('./skill-search-page').then((m) => m.SkillSearchPageComponent),
  },
  {
    path: 'equipe',
    title: 'Constituer une équipe',
    loadComponent: () => import('./team-builder-page').then((m) => m.TeamBuilderPageComponent),
  },
  {
    path: 'referentiel',
    title: 'Référentiel des compétences',
    canActivate: [requireAdmin],
    loadComponent: () => import('./referential-page').then((m) => m.ReferentialPageComponent),
  },
  {
    path: 'equipes/:id',
    title: 'Proposition d’équipe',
    loadComponent: () => import('./saved-proposal-page').then((m) => m.SavedProposalPageComponent),
  },
];
