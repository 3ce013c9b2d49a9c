import { assertAcceptablePassword } from '@maillage/identity/domain';
import { generateOneTimePassword } from './one-time-password';

describe('one-time passwords', () => {
  it('are long enough for the password policy and differ from one draw to the next', () => {
    const drawn = Array.from({ length: 50 }, () => generateOneTimePassword('ab'));
    drawn.forEach((password) => {
      expect(password).toMatch(/^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$/);
      expect(() => assertAcceptablePassword(password, 'ab')).not.toThrow();
    });
    expect(new Set(drawn).size).toBe(drawn.length);
  });
});
