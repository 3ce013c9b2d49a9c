import type { FeedbackMessages } from '@maillage/shared/web-util';

export const CONFLICT_MESSAGE =
  "Cette fiche a été modifiée par quelqu'un d'autre entre-temps. Elle a été rechargée : vérifiez puis recommencez.";

/**
 * The directory's words after a command on a fiche (see `feedbackOf`). The server's detail is
 * shown for a conflict and a refused rule (French, from our domain); a stale version gets our own
 * words: the server's ask to reload, which the fiche already did.
 */
export const DIRECTORY_FEEDBACK: FeedbackMessages = {
  lagging: "La modification est enregistrée. Elle apparaîtra sur la fiche d'ici quelques instants.",
  refused: 'Certaines valeurs ont été refusées. Vérifiez le formulaire puis recommencez.',
  forbidden: "Vous n'avez pas le droit de modifier ces informations.",
  failed: "L'enregistrement a échoué. Réessayez dans un instant.",
  stale: CONFLICT_MESSAGE,
  afterConflict: 'La fiche a été rechargée.',
};
