import { Inject, Injectable } from '@nestjs/common';
import { AttemptCounter, LoginThrottle } from '@maillage/identity/application';
import { CLOCK, Clock, SQL, Sql } from '@maillage/shared/kernel';

export interface ThrottlePolicy {
  /** Failures allowed per key prefix within the window before blocking. */
  readonly limits: Readonly<Record<string, number>>;
  readonly windowMs: number;
  readonly blockMs: number;
}

export const THROTTLE_POLICY = Symbol('ThrottlePolicy');

/**
 * 5 failures block an account (from everywhere) for 15 minutes; 50 failures
 * put an address over its ceiling, which refuses only accounts that already
 * failed (see `secondsToWait`).
 */
export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  limits: { account: 5, ip: 50 },
  windowMs: 15 * 60_000,
  blockMs: 15 * 60_000,
};

@Injectable()
export class PostgresLoginThrottle implements LoginThrottle {
  constructor(
    @Inject(SQL) private readonly db: Sql,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(THROTTLE_POLICY) private readonly policy: ThrottlePolicy,
  ) {}

  async read(keys: readonly string[]): Promise<ReadonlyMap<string, AttemptCounter>> {
    const now = this.clock.now();
    const rows = await this.db.query<{ key: string; failures: number; blocked_until: Date | null }>(
      `SELECT key, CASE WHEN window_started_at >= $2 THEN failures ELSE 0 END AS failures, blocked_until
       FROM identity_login_throttle WHERE key = ANY($1)`,
      [keys, new Date(now.getTime() - this.policy.windowMs)],
    );
    return new Map(rows.map((row) => [row.key, { failures: row.failures, blockedUntil: row.blocked_until }]));
  }

  async recordFailure(keys: readonly string[]): Promise<void> {
    const now = this.clock.now();
    const windowStart = new Date(now.getTime() - this.policy.windowMs);
    const blockedUntil = new Date(now.getTime() + this.policy.blockMs);
    const limits = keys.map((key) => this.policy.limits[key.split(':')[0]] ?? 5);
    await this.db.query(
      `INSERT INTO identity_login_throttle AS t (key, failures, window_started_at, blocked_until)
       SELECT k, 1, $2, CASE WHEN l <= 1 THEN $4::timestamptz END FROM unnest($1::text[], $5::int[]) AS u(k, l)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.window_started_at < $3 THEN 1 ELSE t.failures + 1 END,
         window_started_at = CASE WHEN t.window_started_at < $3 THEN $2 ELSE t.window_started_at END,
         blocked_until = CASE WHEN t.window_started_at >= $3
                               AND t.failures + 1 >= (SELECT l FROM unnest($1::text[], $5::int[]) AS v(k, l) WHERE v.k = t.key)
                              THEN $4::timestamptz ELSE t.blocked_until END`,
      [keys, now, windowStart, blockedUntil, limits],
    );
  }

  async reset(key: string): Promise<void> {
    await this.db.query('DELETE FROM identity_login_throttle WHERE key = $1', [key]);
  }
}
