import { type LoadError, plural } from '@maillage/shared/web-util';

/** What the page's live region says about the agent's list of skills. */
export function mySkillsStatus(state: { readonly loading: boolean; readonly error: LoadError | null; readonly count: number | null }): string {
  if (state.error === 'no-agent') return 'Ce compte n’est rattaché à aucune fiche agent : il n’a pas de compétences à déclarer.';
  if (state.error) return 'Vos compétences n’ont pas pu être chargées. Réessayez dans un instant.';
  if (state.count === null) return state.loading ? 'Chargement de vos compétences…' : '';
  if (state.count === 0) return 'Vous n’avez encore déclaré aucune compétence.';
  return `${plural(state.count, 'compétence déclarée', 'compétences déclarées')}.`;
}
