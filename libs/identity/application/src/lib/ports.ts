import type { AttemptCounter } from './password-attempts/throttling-rule';

/** The account data login needs, read from the accounts read model. */
export interface AccountRecord {
  readonly accountId: string;
  readonly username: string;
  readonly agentId: string | null;
  readonly roles: readonly string[];
  readonly passwordHash: string;
  /** Bumped by each password change or reset: access tokens carry it, so a change revokes them. */
  readonly credentialsVersion: number;
  readonly streamVersion: number;
  /** A disabled account cannot sign in, and its tokens are refused on the next request. */
  readonly disabled: boolean;
  /** A one-time password (given by an admin or the CLI): nothing but the password change until it is changed. */
  readonly mustChangePassword: boolean;
  /** When the account was created and last changed (ISO 8601), from the events' metadata. */
  readonly createdAt: string;
  readonly changedAt: string;
}

export interface AccountDirectory {
  findByUsername(username: string): Promise<AccountRecord | null>;
  findById(accountId: string): Promise<AccountRecord | null>;
  /** Every account, by username (the « Comptes » page; a town hall has hundreds, not millions). */
  list(): Promise<AccountRecord[]>;
  /** Enabled accounts holding the admin role, other than `accountId` (the last-admin rule). */
  countOtherEnabledAdmins(accountId: string): Promise<number>;
}
export const ACCOUNT_DIRECTORY = Symbol('AccountDirectory');

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}
export const PASSWORD_HASHER = Symbol('PasswordHasher');

export interface IssuedRefreshToken {
  readonly token: string;
  readonly expiresAt: Date;
  /** The token's family: one sign-in and its rotations. Access tokens carry it, so ending it ends them. */
  readonly sessionId: string;
}

/** Refresh tokens: stored hashed, rotated on each use, revoked by family. */
export interface RefreshSessions {
  issue(accountId: string, familyId?: string): Promise<IssuedRefreshToken>;
  /** Consumes a token: a new one of the same family, or null if unknown, expired or reused (then the family is revoked). */
  rotate(token: string): Promise<{ accountId: string; next: IssuedRefreshToken } | null>;
  revokeFamilyOf(token: string): Promise<void>;
  revokeAll(accountId: string): Promise<void>;
  /** False once the session was ended (logout, password change, a replayed token). */
  isActive(sessionId: string): Promise<boolean>;
}
export const REFRESH_SESSIONS = Symbol('RefreshSessions');

/** Failed password-attempt counters, shared by every API instance. */
export interface LoginThrottle {
  /** The counters of these keys (a key without one is absent). */
  read(keys: readonly string[]): Promise<ReadonlyMap<string, AttemptCounter>>;
  /** Counts a failure on each key, blocking a key that reaches its limit. */
  recordFailure(keys: readonly string[]): Promise<void>;
  reset(key: string): Promise<void>;
}
export const LOGIN_THROTTLE = Symbol('LoginThrottle');
