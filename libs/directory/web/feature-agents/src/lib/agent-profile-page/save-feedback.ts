import type { SaveOutcome } from '@maillage/directory/web/data-access';

export interface Feedback {
  readonly kind: 'success' | 'error';
  readonly text: string;
}

export const CONFLICT_MESSAGE =
  "Cette fiche a été modifiée par quelqu'un d'autre entre-temps. Elle a été rechargée : vérifiez puis recommencez.";

export function saveFeedback(outcome: SaveOutcome): Feedback {
  switch (outcome.kind) {
    case 'saved':
      return {
        kind: 'success',
        // The API waits (bounded) for the read models; past that bound the fiche may lag a little.
        text: outcome.consistent
          ? 'La fiche a été mise à jour.'
          : "La modification est enregistrée. Elle apparaîtra sur la fiche d'ici quelques instants.",
      };
    case 'conflict':
      return { kind: 'error', text: CONFLICT_MESSAGE };
    case 'forbidden':
      return { kind: 'error', text: "Vous n'avez pas le droit de modifier ces informations." };
    case 'invalid':
      return { kind: 'error', text: 'Certaines valeurs ont été refusées. Vérifiez le formulaire puis recommencez.' };
    case 'failed':
      return { kind: 'error', text: "L'enregistrement a échoué. Réessayez dans un instant." };
    default: {
      const unknown: never = outcome;
      return unknown;
    }
  }
}
