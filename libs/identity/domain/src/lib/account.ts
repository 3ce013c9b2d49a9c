import { Decider, DomainError, assertNever } from '@maillage/shared/kernel';

export const ACCOUNT_ROLES = ['agent', 'hr', 'admin', 'committee'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/**
 * The password hash travels in the event so the credentials read model can be
 * rebuilt from the log like any other; only argon2id hashes are ever stored,
 * and the event log is never exposed through the API.
 */
export type AccountEvent =
  | {
      readonly type: 'AccountCreated';
      readonly data: {
        readonly accountId: string;
        readonly username: string;
        readonly agentId: string | null;
        readonly roles: readonly AccountRole[];
        readonly passwordHash: string;
        /**
         * A one-time password given by an administrator (or the CLI): it must be changed at
         * first sign-in. Absent in events written before it existed, which means false.
         */
        readonly oneTimePassword?: boolean;
      };
    }
  | { readonly type: 'PasswordChanged'; readonly data: { readonly accountId: string; readonly passwordHash: string } }
  /** An administrator set a one-time password: every session ends, and the next sign-in must change it. */
  | { readonly type: 'PasswordReset'; readonly data: { readonly accountId: string; readonly passwordHash: string } }
  | { readonly type: 'RoleGranted'; readonly data: { readonly accountId: string; readonly role: AccountRole } }
  | { readonly type: 'RoleRevoked'; readonly data: { readonly accountId: string; readonly role: AccountRole } }
  | { readonly type: 'AccountDisabled'; readonly data: { readonly accountId: string } }
  | { readonly type: 'AccountReenabled'; readonly data: { readonly accountId: string } };

/**
 * `otherEnabledAdmins`: how many enabled admin accounts exist besides this one, read by the
 * handler from the accounts read model. The decider refuses a change that would leave none.
 */
export type AccountCommand =
  | { readonly type: 'CreateAccount'; readonly data: Extract<AccountEvent, { type: 'AccountCreated' }>['data'] }
  | { readonly type: 'ChangePassword'; readonly accountId: string; readonly passwordHash: string }
  | { readonly type: 'ResetPassword'; readonly accountId: string; readonly passwordHash: string }
  | { readonly type: 'GrantRole'; readonly accountId: string; readonly role: AccountRole }
  | { readonly type: 'RevokeRole'; readonly accountId: string; readonly role: AccountRole; readonly otherEnabledAdmins?: number }
  | { readonly type: 'SetRoles'; readonly accountId: string; readonly roles: readonly AccountRole[]; readonly otherEnabledAdmins: number }
  | { readonly type: 'DisableAccount'; readonly accountId: string; readonly otherEnabledAdmins: number }
  | { readonly type: 'ReenableAccount'; readonly accountId: string };

export type AccountState =
  | { readonly kind: 'none' }
  | { readonly kind: 'active'; readonly accountId: string; readonly roles: readonly AccountRole[]; readonly disabled: boolean };

/** Streams are keyed by the normalised username, so two accounts can never share one. */
export const accountStreamId = (username: string): string => `account-${normaliseUsername(username)}`;
/** Not text: no username (the decider then refuses it, rather than a TypeError before it runs). */
export const normaliseUsername = (username: string): string => (typeof username === 'string' ? username.trim().toLowerCase() : '');

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,62}$/;

function evolve(state: AccountState, event: AccountEvent): AccountState {
  switch (event.type) {
    case 'AccountCreated':
      return { kind: 'active', accountId: event.data.accountId, roles: event.data.roles, disabled: false };
    case 'RoleGranted':
      return state.kind === 'active' ? { ...state, roles: [...state.roles, event.data.role] } : state;
    case 'RoleRevoked':
      return state.kind === 'active' ? { ...state, roles: state.roles.filter((r) => r !== event.data.role) } : state;
    case 'AccountDisabled':
      return state.kind === 'active' ? { ...state, disabled: true } : state;
    case 'AccountReenabled':
      return state.kind === 'active' ? { ...state, disabled: false } : state;
    default:
      return state;
  }
}

function requireAccount(state: AccountState): Extract<AccountState, { kind: 'active' }> {
  if (state.kind !== 'active') throw new DomainError('IDENTITY.ACCOUNT_NOT_FOUND', 'not_found', 'Compte introuvable.');
  return state;
}

/** Someone must always be able to manage accounts: the last enabled admin can be neither disabled nor demoted. */
function requireAnotherAdmin(state: Extract<AccountState, { kind: 'active' }>, otherEnabledAdmins: number | undefined): void {
  if (otherEnabledAdmins === undefined || state.disabled || !state.roles.includes('admin') || otherEnabledAdmins > 0) return;
  throw new DomainError(
    'IDENTITY.LAST_ADMIN',
    'conflict',
    'C’est le dernier compte administrateur actif : donnez d’abord le rôle admin à un autre compte.',
  );
}

const invalid = (code: string, message: string) => new DomainError(code, 'invalid', message);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isRole = (value: unknown): value is AccountRole => (ACCOUNT_ROLES as readonly unknown[]).includes(value);
const ROLE_INVALID = () => invalid('IDENTITY.ROLE_INVALID', `Rôle inconnu : les rôles sont ${ACCOUNT_ROLES.join(', ')}.`);
const HASH_REQUIRED = () => invalid('IDENTITY.PASSWORD_HASH_REQUIRED', 'Le mot de passe chiffré est obligatoire.');

/** The last line of defence: the accounts read model's NOT NULL username, roles and hash never receive a value outside its type. */
function requireWellFormed(command: AccountCommand): void {
  switch (command.type) {
    case 'CreateAccount': {
      const { accountId, agentId, roles, passwordHash } = command.data;
      if (!isText(accountId)) throw invalid('IDENTITY.ACCOUNT_ID_REQUIRED', 'L’identifiant du compte est obligatoire.');
      if (agentId !== null && !isText(agentId)) throw invalid('IDENTITY.AGENT_INVALID', 'Le compte est rattaché à un agent, ou à aucun.');
      if (!Array.isArray(roles) || !roles.every(isRole)) throw ROLE_INVALID();
      if (!isText(passwordHash)) throw HASH_REQUIRED();
      return;
    }
    case 'ChangePassword':
    case 'ResetPassword':
      if (!isText(command.passwordHash)) throw HASH_REQUIRED();
      return;
    case 'GrantRole':
    case 'RevokeRole':
      if (!isRole(command.role)) throw ROLE_INVALID();
      return;
    case 'SetRoles':
      if (!Array.isArray(command.roles) || !command.roles.every(isRole)) throw ROLE_INVALID();
      return;
    case 'DisableAccount':
    case 'ReenableAccount':
      return;
    default:
      return assertNever(command);
  }
}

function decideRoles(command: Extract<AccountCommand, { type: 'SetRoles' }>, state: Extract<AccountState, { kind: 'active' }>): AccountEvent[] {
  // Every account is an agent's: the role is not the admin's to take away.
  const wanted = new Set<AccountRole>(['agent', ...command.roles]);
  if (!wanted.has('admin')) requireAnotherAdmin(state, command.otherEnabledAdmins);
  const { accountId } = command;
  return [
    ...ACCOUNT_ROLES.filter((role) => wanted.has(role) && !state.roles.includes(role)).map((role): AccountEvent => ({ type: 'RoleGranted', data: { accountId, role } })),
    ...ACCOUNT_ROLES.filter((role) => !wanted.has(role) && state.roles.includes(role)).map((role): AccountEvent => ({ type: 'RoleRevoked', data: { accountId, role } })),
  ];
}

function decide(command: AccountCommand, state: AccountState): AccountEvent[] {
  requireWellFormed(command);
  switch (command.type) {
    case 'CreateAccount': {
      if (state.kind !== 'none') {
        throw new DomainError('IDENTITY.USERNAME_TAKEN', 'conflict', 'Cet identifiant est déjà utilisé.');
      }
      const username = normaliseUsername(command.data.username);
      if (!USERNAME.test(username)) {
        throw new DomainError('IDENTITY.USERNAME_INVALID', 'invalid', 'Identifiant invalide : lettres minuscules, chiffres, « . », « _ » ou « - ».');
      }
      const roles = [...new Set<AccountRole>(['agent', ...command.data.roles])];
      const { oneTimePassword, ...data } = command.data;
      return [{ type: 'AccountCreated', data: { ...data, username, roles, ...(oneTimePassword ? { oneTimePassword: true } : {}) } }];
    }
    case 'ChangePassword':
      requireAccount(state);
      return [{ type: 'PasswordChanged', data: { accountId: command.accountId, passwordHash: command.passwordHash } }];
    case 'ResetPassword':
      requireAccount(state);
      return [{ type: 'PasswordReset', data: { accountId: command.accountId, passwordHash: command.passwordHash } }];
    case 'GrantRole':
      return requireAccount(state).roles.includes(command.role)
        ? []
        : [{ type: 'RoleGranted', data: { accountId: command.accountId, role: command.role } }];
    case 'RevokeRole': {
      const account = requireAccount(state);
      if (!account.roles.includes(command.role)) return [];
      if (command.role === 'admin') requireAnotherAdmin(account, command.otherEnabledAdmins);
      return [{ type: 'RoleRevoked', data: { accountId: command.accountId, role: command.role } }];
    }
    case 'SetRoles':
      return decideRoles(command, requireAccount(state));
    case 'DisableAccount': {
      const account = requireAccount(state);
      if (account.disabled) return [];
      requireAnotherAdmin(account, command.otherEnabledAdmins);
      return [{ type: 'AccountDisabled', data: { accountId: command.accountId } }];
    }
    case 'ReenableAccount':
      return requireAccount(state).disabled ? [{ type: 'AccountReenabled', data: { accountId: command.accountId } }] : [];
    default:
      return assertNever(command);
  }
}

export const accountDecider: Decider<AccountCommand, AccountEvent, AccountState> = {
  decide,
  evolve,
  initialState: () => ({ kind: 'none' }),
};
