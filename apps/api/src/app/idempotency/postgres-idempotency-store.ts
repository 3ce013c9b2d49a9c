import { IdempotencyClaim, IdempotencyStore, StoredAnswer } from '@maillage/shared/nest';
import { Pool } from 'pg';

export interface IdempotencyTiming {
  /** How long a key and its answer are kept. */
  readonly ttlMs: number;
  /** How long a running request holds its key before it counts as abandoned. */
  readonly leaseMs: number;
}

export const DEFAULT_IDEMPOTENCY_TIMING: IdempotencyTiming = { ttlMs: 24 * 3600_000, leaseMs: 60_000 };

/**
 * Keys in `platform_idempotency_keys`. The claim is an INSERT … ON CONFLICT
 * DO NOTHING on (account, key), so two concurrent requests with one key
 * cannot both run: the loser sees the winner's row (running or answered).
 */
export class PostgresIdempotencyStore implements IdempotencyStore {
  private claims = 0;

  constructor(
    private readonly pool: Pool,
    private readonly timing: IdempotencyTiming = DEFAULT_IDEMPOTENCY_TIMING,
  ) {}

  async claim(scope: string, key: string, fingerprint: string): Promise<IdempotencyClaim> {
    // Expired keys go lazily: this one now, all of them every hundredth claim.
    if (++this.claims % 100 === 0) await this.pool.query('DELETE FROM platform_idempotency_keys WHERE expires_at < now()');
    await this.pool.query(
      `DELETE FROM platform_idempotency_keys WHERE account_id = $1 AND key = $2 AND (expires_at < now() OR (status IS NULL AND lease_until < now()))`,
      [scope, key],
    );
    const inserted = await this.pool.query(
      `INSERT INTO platform_idempotency_keys (account_id, key, fingerprint, lease_until, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4::double precision / 1000), now() + make_interval(secs => $5::double precision / 1000))
       ON CONFLICT (account_id, key) DO NOTHING`,
      [scope, key, fingerprint, this.timing.leaseMs, this.timing.ttlMs],
    );
    if (inserted.rowCount === 1) return { kind: 'claimed' };
    const { rows } = await this.pool.query<{ fingerprint: string; status: number | null; body: unknown; headers: Record<string, string> | null }>(
      'SELECT fingerprint, status, body, headers FROM platform_idempotency_keys WHERE account_id = $1 AND key = $2',
      [scope, key],
    );
    // Gone between the insert and the read (released by a failed first request): claim again.
    if (rows.length === 0) return this.claim(scope, key, fingerprint);
    const row = rows[0];
    if (row.status === null) return { kind: 'running', fingerprint: row.fingerprint };
    return { kind: 'answered', fingerprint: row.fingerprint, answer: { status: row.status, body: row.body, headers: row.headers ?? {} } };
  }

  async complete(scope: string, key: string, answer: StoredAnswer): Promise<void> {
    await this.pool.query('UPDATE platform_idempotency_keys SET status = $3, body = $4::jsonb, headers = $5::jsonb WHERE account_id = $1 AND key = $2', [
      scope,
      key,
      answer.status,
      JSON.stringify(answer.body ?? null),
      JSON.stringify(answer.headers),
    ]);
  }

  async release(scope: string, key: string): Promise<void> {
    await this.pool.query('DELETE FROM platform_idempotency_keys WHERE account_id = $1 AND key = $2 AND status IS NULL', [scope, key]);
  }
}
