import { saveFeedback } from './save-feedback';

describe('saveFeedback', () => {
  it('tells the user the fiche was reloaded after a concurrent change', () => {
    expect(saveFeedback({ kind: 'conflict' })).toEqual({
      kind: 'error',
      text: "Cette fiche a été modifiée par quelqu'un d'autre entre-temps. Elle a été rechargée : vérifiez puis recommencez.",
    });
  });

  it('confirms a save, and warns when the fiche may not show it yet', () => {
    expect(saveFeedback({ kind: 'saved', consistent: true })).toEqual({ kind: 'success', text: 'La fiche a été mise à jour.' });
    expect(saveFeedback({ kind: 'saved', consistent: false }).text).toContain("d'ici quelques instants");
  });

  it('explains a refusal in French', () => {
    expect(saveFeedback({ kind: 'forbidden' }).text).toBe("Vous n'avez pas le droit de modifier ces informations.");
  });
});
