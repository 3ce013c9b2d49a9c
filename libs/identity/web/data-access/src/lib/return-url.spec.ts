import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('keeps an in-app path with its query', () => {
    expect(safeReturnUrl('/agents/42?x=1')).toBe('/agents/42?x=1');
  });

  it.each([null, undefined, '', 'https://evil.example', '//evil.example', '/\\evil.example', 'agents'])(
    'falls back to the home page for %p',
    (candidate) => {
      expect(safeReturnUrl(candidate)).toBe('/');
    },
  );

  it('never returns to the login page itself', () => {
    expect(safeReturnUrl('/connexion?retour=%2F')).toBe('/');
  });

  it('never returns to the password change once the password is changed', () => {
    expect(safeReturnUrl('/connexion/mot-de-passe?retour=%2F')).toBe('/');
  });
});
