import type { CommandOutcome } from '@maillage/directory/web/data-access';

export interface Feedback {
  readonly kind: 'success' | 'error';
  readonly text: string;
}

export const CONFLICT_MESSAGE =
  "Cette fiche a été modifiée par quelqu'un d'autre entre-temps. Elle a été rechargée : vérifiez puis recommencez.";
const RELOADED = 'La fiche a été rechargée.';

/**
 * What the user reads after a command on a fiche. The server's detail is shown for a
 * conflict and a refused rule (French, from our domain): it says which rule refused.
 * A stale version gets our own words: the server's ask to reload, which we already did.
 */
export function commandFeedback(outcome: CommandOutcome, done: string): Feedback {
  switch (outcome.kind) {
    case 'done':
      return {
        kind: 'success',
        // The API waits (bounded) for the read models; past that bound the fiche may lag a little.
        text: outcome.consistent ? done : "La modification est enregistrée. Elle apparaîtra sur la fiche d'ici quelques instants.",
      };
    case 'conflict':
      return { kind: 'error', text: !outcome.stale && outcome.detail ? `${outcome.detail} ${RELOADED}` : CONFLICT_MESSAGE };
    case 'refused':
      return { kind: 'error', text: outcome.detail ?? 'Certaines valeurs ont été refusées. Vérifiez le formulaire puis recommencez.' };
    case 'forbidden':
      return { kind: 'error', text: "Vous n'avez pas le droit de modifier ces informations." };
    case 'failed':
      return { kind: 'error', text: "L'enregistrement a échoué. Réessayez dans un instant." };
    default: {
      const unknown: never = outcome;
      return unknown;
    }
  }
}
