import type { LoadError } from '@maillage/shared/web-util';

/** What the saved-proposal page's live region says. */
export function savedStatus(loading: boolean, error: LoadError | null): string {
  if (loading) return 'Chargement des propositions…';
  switch (error) {
    case null:
      return '';
    case 'not-found':
      return 'Cette proposition d’équipe n’existe pas : vérifiez le lien reçu.';
    case 'unavailable':
      return 'La constitution d’équipes n’est pas encore disponible sur ce serveur.';
    case 'forbidden':
    case 'no-agent':
      return 'Vous n’avez pas accès à cette proposition d’équipe.';
    case 'failed':
      return 'Les propositions n’ont pas pu être chargées. Réessayez dans un instant.';
    default: {
      const unknown: never = error;
      return unknown;
    }
  }
}
