import { feedbackOf } from '@maillage/shared/web-util';
import { COMPETENCES_FEEDBACK, REFERENTIAL_FEEDBACK, STALE_SKILL_MESSAGE } from './feedback';

describe('competences’ feedback after a command', () => {
  it('confirms a write, and warns when the pages may lag behind it', () => {
    expect(feedbackOf({ kind: 'done', consistent: true }, 'Enregistré.', COMPETENCES_FEEDBACK)).toEqual({ kind: 'success', text: 'Enregistré.' });
    expect(feedbackOf({ kind: 'done', consistent: false }, 'Enregistré.', COMPETENCES_FEEDBACK).text).toBe('Enregistré. L’affichage sera à jour d’ici quelques instants.');
  });

  it("shows the domain's reason for a refusal, or a generic one", () => {
    expect(feedbackOf({ kind: 'conflict', stale: false, detail: 'Vous avez déjà déclaré cette compétence.' }, '', COMPETENCES_FEEDBACK).text).toBe(
      'Vous avez déjà déclaré cette compétence.',
    );
    expect(feedbackOf({ kind: 'refused', detail: null }, '', COMPETENCES_FEEDBACK).text).toContain('Vérifiez');
    expect(feedbackOf({ kind: 'forbidden', detail: null }, '', COMPETENCES_FEEDBACK).text).toContain('pas le droit');
    expect(feedbackOf({ kind: 'forbidden', detail: 'Ce compte n’est rattaché à aucun agent.' }, '', COMPETENCES_FEEDBACK).text).toBe('Ce compte n’est rattaché à aucun agent.');
    expect(feedbackOf({ kind: 'failed' }, '', COMPETENCES_FEEDBACK).kind).toBe('error');
  });

  it('says a stale If-Match in plain words on the referential, and keeps the domain detail of other conflicts', () => {
    expect(feedbackOf({ kind: 'conflict', stale: true, detail: 'version attendue 0, version actuelle 1' }, '', REFERENTIAL_FEEDBACK).text).toBe(STALE_SKILL_MESSAGE);
    expect(feedbackOf({ kind: 'conflict', stale: false, detail: 'Cette compétence existe déjà.' }, '', REFERENTIAL_FEEDBACK).text).toBe('Cette compétence existe déjà.');
  });
});
