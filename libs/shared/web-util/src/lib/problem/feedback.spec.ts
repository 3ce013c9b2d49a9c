import { feedbackOf, FeedbackMessages } from './feedback';

const messages: FeedbackMessages = {
  lagging: '{done} L’affichage sera à jour d’ici quelques instants.',
  refused: 'Certaines valeurs ont été refusées.',
  forbidden: 'Vous n’avez pas le droit.',
  failed: 'L’enregistrement a échoué.',
};

describe('feedbackOf', () => {
  it('confirms a write, and says so when the pages may lag behind it', () => {
    expect(feedbackOf({ kind: 'done', consistent: true }, 'Enregistré.', messages)).toEqual({ kind: 'success', text: 'Enregistré.' });
    expect(feedbackOf({ kind: 'done', consistent: false }, 'Enregistré.', messages)).toEqual({
      kind: 'success',
      text: 'Enregistré. L’affichage sera à jour d’ici quelques instants.',
    });
    const replaced = { ...messages, lagging: 'La modification apparaîtra d’ici quelques instants.' };
    expect(feedbackOf({ kind: 'done', consistent: false }, 'Enregistré.', replaced).text).toBe('La modification apparaîtra d’ici quelques instants.');
  });

  it("shows the domain's reason for a refusal, or the context's generic one", () => {
    expect(feedbackOf({ kind: 'refused', detail: 'Deux règles pour « grade ».' }, '', messages)).toEqual({ kind: 'error', text: 'Deux règles pour « grade ».' });
    expect(feedbackOf({ kind: 'refused', detail: null }, '', messages)).toEqual({ kind: 'error', text: 'Certaines valeurs ont été refusées.' });
    expect(feedbackOf({ kind: 'failed' }, '', messages)).toEqual({ kind: 'error', text: 'L’enregistrement a échoué.' });
  });

  it("shows the server's reason for a 403 only where the context writes them for people", () => {
    const forbidden = { kind: 'forbidden', detail: 'Ce compte n’est rattaché à aucun agent.' } as const;
    expect(feedbackOf(forbidden, '', messages).text).toBe('Vous n’avez pas le droit.');
    expect(feedbackOf(forbidden, '', { ...messages, forbiddenDetail: true }).text).toBe('Ce compte n’est rattaché à aucun agent.');
    expect(feedbackOf({ kind: 'forbidden', detail: null }, '', { ...messages, forbiddenDetail: true }).text).toBe('Vous n’avez pas le droit.');
  });

  it("says a stale version in the context's words, and a conflict in the server's", () => {
    const withStale = { ...messages, stale: 'Modifiée entre-temps : rechargée.', afterConflict: 'La fiche a été rechargée.' };
    expect(feedbackOf({ kind: 'conflict', stale: true, detail: 'version attendue 3' }, '', withStale).text).toBe('Modifiée entre-temps : rechargée.');
    expect(feedbackOf({ kind: 'conflict', stale: false, detail: null }, '', withStale).text).toBe('Modifiée entre-temps : rechargée.');
    expect(feedbackOf({ kind: 'conflict', stale: false, detail: 'Cet agent est parti.' }, '', withStale).text).toBe('Cet agent est parti. La fiche a été rechargée.');
  });

  it('says a conflict as a refusal where the context has no words for a stale version', () => {
    expect(feedbackOf({ kind: 'conflict', stale: true, detail: 'Cette compétence existe déjà.' }, '', messages)).toEqual({ kind: 'error', text: 'Cette compétence existe déjà.' });
    expect(feedbackOf({ kind: 'conflict', stale: false, detail: null }, '', messages).text).toBe('Certaines valeurs ont été refusées.');
  });
});
