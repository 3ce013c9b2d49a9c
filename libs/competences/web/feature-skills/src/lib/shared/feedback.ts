import type { CommandOutcome } from '@maillage/competences/web/data-access';

export interface Feedback {
  readonly kind: 'success' | 'error';
  readonly text: string;
}

/** What the agent reads after a change to their skills. The domain's French detail says why a change was refused. */
export function outcomeFeedback(outcome: CommandOutcome, done: string): Feedback {
  switch (outcome.kind) {
    case 'done':
      // The API waits (bounded) for the read models; past that bound the pages may lag a little.
      return { kind: 'success', text: outcome.consistent ? done : `${done} L’affichage sera à jour d’ici quelques instants.` };
    case 'refused':
      return { kind: 'error', text: outcome.detail ?? 'Certaines valeurs ont été refusées. Vérifiez puis recommencez.' };
    case 'forbidden':
      return { kind: 'error', text: outcome.detail ?? 'Vous n’avez pas le droit de faire cette modification.' };
    case 'failed':
      return { kind: 'error', text: 'L’enregistrement a échoué. Réessayez dans un instant.' };
    default: {
      const unknown: never = outcome;
      return unknown;
    }
  }
}
