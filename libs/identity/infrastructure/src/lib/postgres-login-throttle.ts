import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LoginThrottle } from '@maillage/identity/application';
import { CLOCK, Clock } from '@maillage/shared/kernel';
import { DataSource } from 'typeorm';

export interface ThrottlePolicy {
  /** Failures allowed per key prefix within the window before blocking. */
  readonly limits: Readonly<Record<string, number>>;
  readonly windowMs: number;
  readonly blockMs: number;
}

export const THROTTLE_POLICY = Symbol('ThrottlePolicy');

export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  limits: { 'account-ip': 5, ip: 50 },
  windowMs: 15 * 60_000,
  blockMs: 15 * 60_000,
};

@Injectable()
export class PostgresLoginThrottle implements LoginThrottle {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(THROTTLE_POLICY) private readonly policy: ThrottlePolicy,
  ) {}

  async retryAfter(keys: readonly string[]): Promise<number> {
    const rows: { blocked_until: Date }[] = await this.db.query(
      'SELECT blocked_until FROM identity_login_throttle WHERE key = ANY($1) AND blocked_until > $2',
      [keys, this.clock.now()],
    );
    const now = this.clock.now().getTime();
    return rows.reduce((max, r) => Math.max(max, Math.ceil((r.blocked_until.getTime() - now) / 1000)), 0);
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
