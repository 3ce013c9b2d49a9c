import { commandFeedback, CONFLICT_MESSAGE } from './command-feedback';

describe('commandFeedback', () => {
  it('confirms a command, and warns when the fiche may not show it yet', () => {
    expect(commandFeedback({ kind: 'done', consistent: true }, 'La fiche a été mise à jour.')).toEqual({
      kind: 'success',
      text: 'La fiche a été mise à jour.',
    });
    expect(commandFeedback({ kind: 'done', consistent: false }, 'x').text).toContain("d'ici quelques instants");
  });

  it("shows the server's reason for a conflict and says the fiche was reloaded", () => {
    expect(commandFeedback({ kind: 'conflict', stale: false, detail: 'Cet agent a quitté la collectivité.' }, 'x').text).toBe(
      'Cet agent a quitté la collectivité. La fiche a été rechargée.',
    );
    expect(commandFeedback({ kind: 'conflict', stale: false, detail: null }, 'x').text).toBe(CONFLICT_MESSAGE);
  });

  it('says in plain words that someone else changed the fiche meanwhile', () => {
    expect(commandFeedback({ kind: 'conflict', stale: true, detail: 'version attendue 3, version actuelle 4' }, 'x').text).toBe(CONFLICT_MESSAGE);
  });

  it("shows the rule that refused the change, in the server's words", () => {
    const refused = { kind: 'refused', detail: 'Un agent contractuel n’a pas de grade : retirez le grade ou changez la situation.' } as const;
    expect(commandFeedback(refused, 'x')).toEqual({ kind: 'error', text: refused.detail });
    expect(commandFeedback({ kind: 'refused', detail: null }, 'x').text).toContain('Vérifiez le formulaire');
  });

  it('explains a refusal of rights in French', () => {
    expect(commandFeedback({ kind: 'forbidden' }, 'x').text).toBe("Vous n'avez pas le droit de modifier ces informations.");
  });
});
