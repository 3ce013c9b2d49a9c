import { formatCount, type LoadError, plural } from '@maillage/shared/web-util';

/** What the page's live region says about the list of reads. */
export function viewsStatus(state: { loading: boolean; error: LoadError | null; page: number; count: number | null }): string {
  if (state.loading) return 'Chargement des consultations…';
  if (state.error === 'forbidden') return "Ce compte n'est rattaché à aucune fiche agent : il n'y a pas de consultation à montrer.";
  if (state.error) return "La liste des consultations n'a pas pu être chargée. Réessayez dans un instant.";
  if (state.count === null) return '';
  if (state.count === 0) return state.page > 1 ? 'Aucune autre consultation.' : "Personne n'a encore consulté vos données sensibles.";
  return state.page > 1
    ? `${plural(state.count, 'consultation', 'consultations')} sur la page ${formatCount(state.page)}.`
    : `${plural(state.count, 'consultation affichée', 'consultations affichées')}, les plus récentes d'abord.`;
}
