import { feedbackOf } from '@maillage/shared/web-util';
import { GOVERNANCE_FEEDBACK } from './feedback';

describe('governance’s feedback after a command', () => {
  it('confirms a write, and warns when the pages may lag behind it', () => {
    expect(feedbackOf({ kind: 'done', consistent: true }, 'Enregistré.', GOVERNANCE_FEEDBACK)).toEqual({ kind: 'success', text: 'Enregistré.' });
    expect(feedbackOf({ kind: 'done', consistent: false }, 'Enregistré.', GOVERNANCE_FEEDBACK).text).toBe("Enregistré. L'affichage sera à jour d'ici quelques instants.");
  });

  it("shows the domain's reason for a refusal, or a generic one", () => {
    expect(feedbackOf({ kind: 'conflict', stale: false, detail: 'Deux règles pour « grade ».' }, '', GOVERNANCE_FEEDBACK)).toEqual({ kind: 'error', text: 'Deux règles pour « grade ».' });
    expect(feedbackOf({ kind: 'refused', detail: null }, '', GOVERNANCE_FEEDBACK).text).toContain('Vérifiez le formulaire');
    expect(feedbackOf({ kind: 'forbidden', detail: 'Forbidden resource' }, '', GOVERNANCE_FEEDBACK).text).toBe("Vous n'avez pas le droit de faire cette modification.");
    expect(feedbackOf({ kind: 'failed' }, '', GOVERNANCE_FEEDBACK).text).toContain('a échoué');
  });
});
