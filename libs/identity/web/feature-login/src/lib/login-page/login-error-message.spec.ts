import { loginErrorMessage } from './login-error-message';

describe('loginErrorMessage', () => {
  it('says the credentials are wrong on a 401, without telling which one', () => {
    expect(loginErrorMessage(401)).toBe('Identifiant ou mot de passe incorrect.');
  });

  it('asks to wait when the server throttles attempts', () => {
    expect(loginErrorMessage(429)).toBe('Trop de tentatives. Réessayez dans quelques minutes.');
  });

  it('says a disabled account is disabled, and whom to ask', () => {
    expect(loginErrorMessage(403)).toContain('désactivé');
  });

  it('tells an unreachable server apart from a server error', () => {
    expect(loginErrorMessage(0)).toContain('injoignable');
    expect(loginErrorMessage(500)).toContain('a échoué');
  });
});
