import { feedbackOf } from '@maillage/shared/web-util';
import { CONFLICT_MESSAGE, DIRECTORY_FEEDBACK } from './command-feedback';

const feedback = (outcome: Parameters<typeof feedbackOf>[0], done = 'x') => feedbackOf(outcome, done, DIRECTORY_FEEDBACK);

describe('the directory’s feedback after a command', () => {
  it('confirms a command, and warns when the fiche may not show it yet', () => {
    expect(feedback({ kind: 'done', consistent: true }, 'La fiche a été mise à jour.')).toEqual({ kind: 'success', text: 'La fiche a été mise à jour.' });
    expect(feedback({ kind: 'done', consistent: false }).text).toBe("La modification est enregistrée. Elle apparaîtra sur la fiche d'ici quelques instants.");
  });

  it("shows the server's reason for a conflict and says the fiche was reloaded", () => {
    expect(feedback({ kind: 'conflict', stale: false, detail: 'Cet agent a quitté la collectivité.' }).text).toBe(
      'Cet agent a quitté la collectivité. La fiche a été rechargée.',
    );
    expect(feedback({ kind: 'conflict', stale: false, detail: null }).text).toBe(CONFLICT_MESSAGE);
  });

  it('says in plain words that someone else changed the fiche meanwhile', () => {
    expect(feedback({ kind: 'conflict', stale: true, detail: 'version attendue 3, version actuelle 4' }).text).toBe(CONFLICT_MESSAGE);
  });

  it("shows the rule that refused the change, in the server's words", () => {
    const refused = { kind: 'refused', detail: 'Un agent contractuel n’a pas de grade : retirez le grade ou changez la situation.' } as const;
    expect(feedback(refused)).toEqual({ kind: 'error', text: refused.detail });
    expect(feedback({ kind: 'refused', detail: null }).text).toContain('Vérifiez le formulaire');
  });

  it('explains a refusal of rights in French, in its own words', () => {
    expect(feedback({ kind: 'forbidden', detail: 'Forbidden resource' }).text).toBe("Vous n'avez pas le droit de modifier ces informations.");
  });
});
