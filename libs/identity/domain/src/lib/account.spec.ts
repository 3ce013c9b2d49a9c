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

  it('marks a one-time password at creation, and only when asked', () => {
    spec
      .given([])
      .when({ type: 'CreateAccount', data: { ...created.data, oneTimePassword: true } })
      .then([{ type: 'AccountCreated', data: { ...created.data, oneTimePassword: true } }]);
    spec.given([]).when({ type: 'CreateAccount', data: { ...created.data, oneTimePassword: false } }).then([created]);
  });

  it('resets a password to a one-time one', () => {
    spec.given([created]).when({ type: 'ResetPassword', accountId: 'acc-1', passwordHash: '$argon2id$z' }).then([
      { type: 'PasswordReset', data: { accountId: 'acc-1', passwordHash: '$argon2id$z' } },
    ]);
    spec.given([]).when({ type: 'ResetPassword', accountId: 'acc-1', passwordHash: '$argon2id$z' }).thenThrows('IDENTITY.ACCOUNT_NOT_FOUND');
  });

  it('disables an account once, and re-enables only a disabled one', () => {
    const disabled: AccountEvent = { type: 'AccountDisabled', data: { accountId: 'acc-1' } };
    spec.given([created]).when({ type: 'DisableAccount', accountId: 'acc-1', otherEnabledAdmins: 0 }).then([disabled]);
    spec.given([created, disabled]).when({ type: 'DisableAccount', accountId: 'acc-1', otherEnabledAdmins: 0 }).then([]);
    spec.given([created, disabled]).when({ type: 'ReenableAccount', accountId: 'acc-1' }).then([{ type: 'AccountReenabled', data: { accountId: 'acc-1' } }]);
    spec.given([created]).when({ type: 'ReenableAccount', accountId: 'acc-1' }).then([]);
  });

  describe('never leaves the town hall without an enabled admin', () => {
    const admin: AccountEvent = { type: 'RoleGranted', data: { accountId: 'acc-1', role: 'admin' } };

    it('refuses to disable or demote the last enabled admin', () => {
      spec.given([created, admin]).when({ type: 'DisableAccount', accountId: 'acc-1', otherEnabledAdmins: 0 }).thenThrows('IDENTITY.LAST_ADMIN');
      spec.given([created, admin]).when({ type: 'RevokeRole', accountId: 'acc-1', role: 'admin', otherEnabledAdmins: 0 }).thenThrows('IDENTITY.LAST_ADMIN');
      spec.given([created, admin]).when({ type: 'SetRoles', accountId: 'acc-1', roles: ['hr'], otherEnabledAdmins: 0 }).thenThrows('IDENTITY.LAST_ADMIN');
    });

    it('lets an admin go when another enabled admin remains', () => {
      spec.given([created, admin]).when({ type: 'DisableAccount', accountId: 'acc-1', otherEnabledAdmins: 1 }).then([
        { type: 'AccountDisabled', data: { accountId: 'acc-1' } },
      ]);
      spec.given([created, admin]).when({ type: 'SetRoles', accountId: 'acc-1', roles: ['hr'], otherEnabledAdmins: 1 }).then([
        { type: 'RoleRevoked', data: { accountId: 'acc-1', role: 'admin' } },
      ]);
    });
  });

  it('sets roles as a list of grants and revocations, keeping the agent role', () => {
    spec.given([created]).when({ type: 'SetRoles', accountId: 'acc-1', roles: ['committee'], otherEnabledAdmins: 0 }).then([
      { type: 'RoleGranted', data: { accountId: 'acc-1', role: 'committee' } },
      { type: 'RoleRevoked', data: { accountId: 'acc-1', role: 'hr' } },
    ]);
    spec.given([created]).when({ type: 'SetRoles', accountId: 'acc-1', roles: ['hr'], otherEnabledAdmins: 0 }).then([]);
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
      spec.given([created]).when({ type: 'SetRoles', accountId: 'acc-1', roles: loose<['hr']>(['root']), otherEnabledAdmins: 1 }).thenThrows('IDENTITY.ROLE_INVALID');
      spec.given([created]).when({ type: 'ResetPassword', accountId: 'acc-1', passwordHash: '' }).thenThrows('IDENTITY.PASSWORD_HASH_REQUIRED');
    });

    it('keys a stream without a username to no account, and refuses a password that is not text', () => {
      expect(accountStreamId(loose<string>(null))).toBe('account-');
      expect(() => assertAcceptablePassword(loose<string>(null), 'x')).toThrow('12 caractères');
    });
  });
});
