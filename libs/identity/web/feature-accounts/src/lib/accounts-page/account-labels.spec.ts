import { failureMessage, rolesLabel, STALE_ACCOUNT_MESSAGE, stateLabel } from './account-labels';

// The shape of Angular's HttpErrorResponse, which problemOf reads (Angular itself does not load in Jest).
const refused = (status: number, code: string, detail: string) => ({ name: 'HttpErrorResponse', status, error: { code, detail } });

describe('the « Comptes » page wording', () => {
  it('names the granted roles, or « Agent » when there are none', () => {
    expect(rolesLabel(['agent', 'hr', 'admin'])).toBe('RH (DRH), Administration (DLSI)');
    expect(rolesLabel(['agent'])).toBe('Agent');
  });

  it('says whether an account is disabled or still on its one-time password', () => {
    expect(stateLabel({ disabled: true, passwordChangeRequired: true })).toBe('Désactivé');
    expect(stateLabel({ disabled: false, passwordChangeRequired: true })).toBe('Actif, mot de passe provisoire');
    expect(stateLabel({ disabled: false, passwordChangeRequired: false })).toBe('Actif');
  });

  it('says a concurrent change in plain words, and shows the rules the server explains', () => {
    expect(failureMessage(refused(409, 'EVENT_STORE.WRONG_EXPECTED_VERSION', 'Expected version 3'))).toBe(STALE_ACCOUNT_MESSAGE);
    expect(failureMessage(refused(409, 'IDENTITY.LAST_ADMIN', 'C’est le dernier compte administrateur actif.'))).toBe('C’est le dernier compte administrateur actif.');
    expect(failureMessage(refused(500, 'PLATFORM.INTERNAL', 'x'))).toContain('a échoué');
  });
});
