import type { FeedbackMessages } from '@maillage/shared/web-util';

/**
 * Competences' words after a change to skills (see `feedbackOf`). The domain's French detail
 * says why a change was refused, a 403's too (e.g. an account without a fiche agent).
 */
export const COMPETENCES_FEEDBACK: FeedbackMessages = {
  lagging: '{done} L’affichage sera à jour d’ici quelques instants.',
  refused: 'Certaines valeurs ont été refusées. Vérifiez puis recommencez.',
  forbidden: 'Vous n’avez pas le droit de faire cette modification.',
  forbiddenDetail: true,
  failed: 'L’enregistrement a échoué. Réessayez dans un instant.',
};

export const STALE_SKILL_MESSAGE = 'Cette compétence a été modifiée entre-temps par quelqu’un d’autre : la liste est rechargée. Vérifiez puis recommencez.';

/** The referential's admin commands carry If-Match: a stale version is said in plain words, since the server's speak of versions. */
export const REFERENTIAL_FEEDBACK: FeedbackMessages = { ...COMPETENCES_FEEDBACK, stale: STALE_SKILL_MESSAGE };
