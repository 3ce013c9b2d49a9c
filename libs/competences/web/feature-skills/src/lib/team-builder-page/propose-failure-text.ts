import type { ProposeFailure } from '@maillage/competences/web/data-access';

/** Why no team came back, in French. */
export function proposeFailureText(failure: ProposeFailure): string {
  switch (failure.kind) {
    case 'refused':
      return failure.detail ?? 'La demande a été refusée. Vérifiez le formulaire puis recommencez.';
    case 'unavailable':
      return 'La constitution d’équipes n’est pas encore disponible sur ce serveur.';
    case 'forbidden':
      return 'Vous n’avez pas le droit de constituer une équipe.';
    case 'failed':
      return 'Les propositions n’ont pas pu être calculées. Réessayez dans un instant.';
    default: {
      const unknown: never = failure;
      return unknown;
    }
  }
}
