import { type LoadError, plural } from '@maillage/shared/web-util';

/** What the live region says about an audit search. */
export function auditResultStatus(state: { loading: boolean; error: LoadError | null; count: number | null; limit: number }): string {
  if (state.loading) return 'Recherche en cours…';
  if (state.error === 'forbidden') return "La recherche dans l'audit est réservée au service RH.";
  if (state.error) return "La recherche n'a pas abouti. Réessayez dans un instant.";
  if (state.count === null) return '';
  if (state.count === 0) return 'Aucune consultation ne correspond à ces critères.';
  if (state.count >= state.limit) {
    return `${plural(state.count, 'consultation affichée', 'consultations affichées')} : la limite est atteinte, précisez la recherche pour tout voir.`;
  }
  return `${plural(state.count, 'consultation trouvée', 'consultations trouvées')}.`;
}
