/** The account data login needs, read from the accounts read model. */
export interface AccountRecord {
  readonly accountId: string;
  readonly username: string;
  readonly agentId: string | null;
  readonly roles: readonly string[];
  readonly passwordHash: string;
  /** Bumped by each password change: access tokens carry it, so a change revokes them. */
  readonly credentialsVersion: number;
  readonly streamVersion: number;
}

export interface AccountDirectory {
  findByUsername(username: string): Promise<AccountRecord | null>;
  findById(accountId: string): Promise<AccountRecord | null>;
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
}

/** Refresh tokens: stored hashed, rotated on each use, revoked by family. */
export interface RefreshSessions {
  issue(accountId: string, familyId?: string): Promise<IssuedRefreshToken>;
  /** Consumes a token: a new one of the same family, or null if unknown, expired or reused (then the family is revoked). */
  rotate(token: string): Promise<{ accountId: string; next: IssuedRefreshToken } | null>;
  revokeFamilyOf(token: string): Promise<void>;
  revokeAll(accountId: string): Promise<void>;
}
export const REFRESH_SESSIONS = Symbol('RefreshSessions');

/** Failed-login counters, shared by every API instance. */
export interface LoginThrottle {
  /** Seconds to wait before another attempt is allowed for this key, or 0. */
  retryAfter(keys: readonly string[]): Promise<number>;
  recordFailure(keys: readonly string[]): Promise<void>;
  reset(key: string): Promise<void>;
}
export const LOGIN_THROTTLE = Symbol('LoginThrottle');
