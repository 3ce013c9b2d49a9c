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
      };
    }
  | { readonly type: 'PasswordChanged'; readonly data: { readonly accountId: string; readonly passwordHash: string } }
  | { readonly type: 'RoleGranted'; readonly data: { readonly accountId: string; readonly role: AccountRole } }
  | { readonly type: 'RoleRevoked'; readonly data: { readonly accountId: string; readonly role: AccountRole } };

export type AccountCommand =
  | { readonly type: 'CreateAccount'; readonly data: Extract<AccountEvent, { type: 'AccountCreated' }>['data'] }
  | { readonly type: 'ChangePassword'; readonly accountId: string; readonly passwordHash: string }
  | { readonly type: 'GrantRole'; readonly accountId: string; readonly role: AccountRole }
  | { readonly type: 'RevokeRole'; readonly accountId: string; readonly role: AccountRole };

export type AccountState =
  | { readonly kind: 'none' }
  | { readonly kind: 'active'; readonly accountId: string; readonly roles: readonly AccountRole[] };

/** Streams are keyed by the normalised username, so two accounts can never share one. */
export const accountStreamId = (username: string): string => `account-${normaliseUsername(username)}`;
/** Not text: no username (the decider then refuses it, rather than a TypeError before it runs). */
export const normaliseUsername = (username: string): string => (typeof username === 'string' ? username.trim().toLowerCase() : '');

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,62}$/;

function evolve(state: AccountState, event: AccountEvent): AccountState {
  switch (event.type) {
    case 'AccountCreated':
      return { kind: 'active', accountId: event.data.accountId, roles: event.data.roles };
    case 'RoleGranted':
      return state.kind === 'active' ? { ...state, roles: [...state.roles, event.data.role] } : state;
    case 'RoleRevoked':
      return state.kind === 'active' ? { ...state, roles: state.roles.filter((r) => r !== event.data.role) } : state;
    default:
      return state;
  }
}

function requireAccount(state: AccountState): Extract<AccountState, { kind: 'active' }> {
  if (state.kind !== 'active') throw new DomainError('IDENTITY.ACCOUNT_NOT_FOUND', 'not_found', 'Compte introuvable.');
  return state;
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
      if (!isText(command.passwordHash)) throw HASH_REQUIRED();
      return;
    case 'GrantRole':
    case 'RevokeRole':
      if (!isRole(command.role)) throw ROLE_INVALID();
      return;
    default:
      return assertNever(command);
  }
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
      return [{ type: 'AccountCreated', data: { ...command.data, username, roles } }];
    }
    case 'ChangePassword':
      requireAccount(state);
      return [{ type: 'PasswordChanged', data: { accountId: command.accountId, passwordHash: command.passwordHash } }];
    case 'GrantRole':
      return requireAccount(state).roles.includes(command.role)
        ? []
        : [{ type: 'RoleGranted', data: { accountId: command.accountId, role: command.role } }];
    case 'RevokeRole':
      return requireAccount(state).roles.includes(command.role)
        ? [{ type: 'RoleRevoked', data: { accountId: command.accountId, role: command.role } }]
        : [];
    default:
      return assertNever(command);
  }
}

export const accountDecider: Decider<AccountCommand, AccountEvent, AccountState> = {
  decide,
  evolve,
  initialState: () => ({ kind: 'none' }),
};
