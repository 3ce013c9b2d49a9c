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
}

/** Answer of `POST /api/auth/login` and `POST /api/auth/refresh`; the refresh token travels in an httpOnly cookie. */
export interface SessionTokens {
  readonly accessToken: string;
  /** Seconds until the access token expires. */
  readonly expiresIn: number;
  readonly account: CurrentAccount;
}
