import type { CommandOutcome } from '@maillage/governance/web/data-access';

export interface Feedback {
  readonly kind: 'success' | 'error';
  readonly text: string;
}

/** What the user reads after a governance command. The domain's French detail says which rule refused. */
export function outcomeFeedback(outcome: CommandOutcome, done: string): Feedback {
  switch (outcome.kind) {
    case 'done':
      return {
        kind: 'success',
        // The API waits (bounded) for the read models; past that bound the pages may lag a little.
        text: outcome.consistent ? done : `${done} L'affichage sera à jour d'ici quelques instants.`,
      };
    case 'refused':
      return { kind: 'error', text: outcome.detail ?? 'Certaines valeurs ont été refusées. Vérifiez le formulaire puis recommencez.' };
    case 'forbidden':
      return { kind: 'error', text: "Vous n'avez pas le droit de faire cette modification." };
    case 'failed':
      return { kind: 'error', text: "L'enregistrement a échoué. Réessayez dans un instant." };
    default: {
      const unknown: never = outcome;
      return unknown;
    }
  }
}
