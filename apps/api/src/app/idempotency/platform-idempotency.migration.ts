import { MigrationInterface, QueryRunner } from 'typeorm';

/** Idempotency keys of POST requests: the first answer, replayed to retries for 24 h. */
export class PlatformIdempotencyKeys1764577200000 implements MigrationInterface {
  name = 'PlatformIdempotencyKeys1764577200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE platform_idempotency_keys (
        account_id text NOT NULL,
        key text NOT NULL,
        fingerprint text NOT NULL,
        -- null while the first request runs; then its answer.
        status int,
        body jsonb,
        headers jsonb,
        -- a running claim older than this was abandoned (its instance died): the key may be claimed again.
        lease_until timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (account_id, key)
      );
      CREATE INDEX platform_idempotency_keys_expiry ON platform_idempotency_keys (expires_at);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE platform_idempotency_keys');
  }
}
