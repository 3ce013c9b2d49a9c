import { outcomeFeedback } from './feedback';

describe('outcomeFeedback', () => {
  it('confirms a write, and warns when the pages may lag behind it', () => {
    expect(outcomeFeedback({ kind: 'done', consistent: true }, 'Enregistré.')).toEqual({ kind: 'success', text: 'Enregistré.' });
    expect(outcomeFeedback({ kind: 'done', consistent: false }, 'Enregistré.').text).toContain('quelques instants');
  });

  it("shows the domain's reason for a refusal, or a generic one", () => {
    expect(outcomeFeedback({ kind: 'refused', detail: 'Vous avez déjà déclaré cette compétence.' }, '').text).toBe('Vous avez déjà déclaré cette compétence.');
    expect(outcomeFeedback({ kind: 'refused', detail: null }, '').text).toContain('Vérifiez');
    expect(outcomeFeedback({ kind: 'forbidden', detail: null }, '').text).toContain('pas le droit');
    expect(outcomeFeedback({ kind: 'failed' }, '').kind).toBe('error');
  });
});
