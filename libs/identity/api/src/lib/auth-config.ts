export interface AuthConfig {
  readonly jwtSecret: string;
  readonly issuer: string;
  readonly audience: string;
  /** Access token lifetime; at most 15 minutes. */
  readonly accessTokenTtlSeconds: number;
  /** Send the refresh cookie over HTTPS only (production). */
  readonly secureCookies: boolean;
}

export const AUTH_CONFIG = Symbol('AuthConfig');
export const REFRESH_COOKIE = 'maillage_refresh';
export const REFRESH_COOKIE_PATH = '/api/auth';
