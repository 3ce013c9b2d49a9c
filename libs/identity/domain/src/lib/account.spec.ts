import { deciderSpec } from '@maillage/shared/testing';
import { AccountEvent, accountDecider, accountStreamId } from './account';
import { assertAcceptablePassword } from './password-policy';

const spec = deciderSpec(accountDecider);
const created: AccountEvent = {
  type: 'AccountCreated',
  data: { accountId: 'acc-1', username: 'h.durand', agentId: 'a-1', roles: ['agent', 'hr'], passwordHash: '$argon2id$x' },
};

describe('account', () => {
  it('creates an account with a normalised username and always the agent role', () => {
    spec
      .given([])
      .when({ type: 'CreateAccount', data: { ...created.data, username: ' H.Durand ', roles: ['hr'] } })
      .then([{ type: 'AccountCreated', data: { ...created.data, roles: ['agent', 'hr'] } }]);
  });

  it('refuses a second account with the same username', () => {
    spec.given([created]).when({ type: 'CreateAccount', data: created.data }).thenThrows('IDENTITY.USERNAME_TAKEN');
  });

  it('refuses a username with spaces', () => {
    spec.given([]).when({ type: 'CreateAccount', data: { ...created.data, username: 'h durand' } }).thenThrows('IDENTITY.USERNAME_INVALID');
  });

  it('grants a role once and ignores a repeated grant', () => {
    spec.given([created]).when({ type: 'GrantRole', accountId: 'acc-1', role: 'admin' }).then([
      { type: 'RoleGranted', data: { accountId: 'acc-1', role: 'admin' } },
    ]);
    spec.given([created]).when({ type: 'GrantRole', accountId: 'acc-1', role: 'hr' }).then([]);
  });

  it('records a password change', () => {
    spec.given([created]).when({ type: 'ChangePassword', accountId: 'acc-1', passwordHash: '$argon2id$y' }).then([
      { type: 'PasswordChanged', data: { accountId: 'acc-1', passwordHash: '$argon2id$y' } },
    ]);
  });

  it('keys account streams by normalised username', () => {
    expect(accountStreamId(' H.Durand')).toBe('account-h.durand');
  });

  it('refuses short passwords and passwords containing the username', () => {
    expect(() => assertAcceptablePassword('court', 'x')).toThrow('12 caractères');
    expect(() => assertAcceptablePassword('h.durand-2026-secret', 'h.durand')).toThrow('identifiant');
    expect(() => assertAcceptablePassword('un mot de passe assez long', 'h.durand')).not.toThrow();
  });

  describe('refuses values outside their type, and appends nothing', () => {
    const loose = <T>(value: unknown) => value as T;

    it('refuses an account without a username, a hash or with an unknown role', () => {
      spec.given([]).when({ type: 'CreateAccount', data: { ...created.data, username: loose<string>(null) } }).thenThrows('IDENTITY.USERNAME_INVALID');
      spec.given([]).when({ type: 'CreateAccount', data: { ...created.data, passwordHash: '' } }).thenThrows('IDENTITY.PASSWORD_HASH_REQUIRED');
      spec.given([]).when({ type: 'CreateAccount', data: { ...created.data, roles: loose<['hr']>(['superuser']) } }).thenThrows('IDENTITY.ROLE_INVALID');
      spec.given([]).when({ type: 'CreateAccount', data: { ...created.data, roles: loose<['hr']>(null) } }).thenThrows('IDENTITY.ROLE_INVALID');
      spec.given([]).when({ type: 'CreateAccount', data: { ...created.data, agentId: loose<string>(12) } }).thenThrows('IDENTITY.AGENT_INVALID');
    });

    it('refuses a null password hash and granting or revoking an unknown role', () => {
      spec.given([created]).when({ type: 'ChangePassword', accountId: 'acc-1', passwordHash: loose<string>(null) }).thenThrows('IDENTITY.PASSWORD_HASH_REQUIRED');
      spec.given([created]).when({ type: 'GrantRole', accountId: 'acc-1', role: loose<'hr'>('root') }).thenThrows('IDENTITY.ROLE_INVALID');
      spec.given([created]).when({ type: 'RevokeRole', accountId: 'acc-1', role: loose<'hr'>(null) }).thenThrows('IDENTITY.ROLE_INVALID');
    });

    it('keys a stream without a username to no account, and refuses a password that is not text', () => {
      expect(accountStreamId(loose<string>(null))).toBe('account-');
      expect(() => assertAcceptablePassword(loose<string>(null), 'x')).toThrow('12 caractères');
    });
  });
});
