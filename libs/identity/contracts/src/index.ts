/** Roles granted to accounts. Manager and project lead are derived from data, never granted. */
export const ROLES = ['agent', 'hr', 'admin', 'committee'] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in account, as `GET /api/auth/me` and the login answer give it. */
export interface CurrentAccount {
  readonly accountId: string;
  readonly username: string;
  readonly roles: readonly Role[];
  readonly agentId: string | null;
  readonly displayName: string;
  /** Signed in with a one-time password: nothing but `POST /api/auth/password` until it is changed. */
  readonly passwordChangeRequired: boolean;
}

/** One row of the « Comptes » page (`GET /api/admin/accounts`). */
export interface AccountSummary {
  readonly accountId: string;
  readonly username: string;
  readonly displayName: string;
  readonly agentId: string | null;
  readonly roles: readonly Role[];
  readonly disabled: boolean;
  readonly passwordChangeRequired: boolean;
  /** ISO 8601. */
  readonly createdAt: string;
  readonly changedAt: string;
  /** The account stream's version: send it back as `If-Match` with every change. */
  readonly version: number;
}

/** Answer of creating an account or resetting its password: the one-time password, shown once and never again. */
export interface OneTimePasswordIssued {
  readonly id: string;
  readonly version: number;
  readonly consistent: boolean;
  readonly oneTimePassword: string;
}

/** Answer of `POST /api/auth/login` and `POST /api/auth/refresh`; the refresh token travels in an httpOnly cookie. */
export interface SessionTokens {
  readonly accessToken: string;
  /** Seconds until the access token expires. */
  readonly expiresIn: number;
  readonly account: CurrentAccount;
}
