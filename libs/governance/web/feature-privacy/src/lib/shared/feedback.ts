import type { FeedbackMessages } from '@maillage/shared/web-util';

/** Governance's words after a command (see `feedbackOf`). The domain's French detail says which rule refused. */
export const GOVERNANCE_FEEDBACK: FeedbackMessages = {
  lagging: "{done} L'affichage sera à jour d'ici quelques instants.",
  refused: 'Certaines valeurs ont été refusées. Vérifiez le formulaire puis recommencez.',
  forbidden: "Vous n'avez pas le droit de faire cette modification.",
  failed: "L'enregistrement a échoué. Réessayez dans un instant.",
};
