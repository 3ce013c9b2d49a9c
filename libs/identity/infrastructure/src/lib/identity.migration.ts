import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityTables1764576200000 implements MigrationInterface {
  name = 'IdentityTables1764576200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      -- Read model of the account streams.
      CREATE TABLE identity_accounts (
        account_id uuid PRIMARY KEY,
        username text NOT NULL UNIQUE,
        agent_id uuid,
        roles text[] NOT NULL,
        password_hash text NOT NULL,
        credentials_version int NOT NULL,
        stream_version bigint NOT NULL
      );
      -- Sessions are operational state, not business facts: kept out of the event log.
      CREATE TABLE identity_refresh_sessions (
        token_hash text PRIMARY KEY,
        account_id uuid NOT NULL,
        family_id uuid NOT NULL,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz,
        revoked_at timestamptz
      );
      CREATE INDEX identity_refresh_sessions_account ON identity_refresh_sessions (account_id);
      CREATE INDEX identity_refresh_sessions_family ON identity_refresh_sessions (family_id);
      CREATE TABLE identity_login_throttle (
        key text PRIMARY KEY,
        failures int NOT NULL,
        window_started_at timestamptz NOT NULL,
        blocked_until timestamptz
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE identity_login_throttle; DROP TABLE identity_refresh_sessions; DROP TABLE identity_accounts;');
  }
}

/**
 * Accounts in production: disabling, one-time passwords, and the dates the « Comptes » page shows.
 * Rows written before it get their dates from their events when the projection is rebuilt;
 * until then they show the migration's time.
 */
export class IdentityAccountAdministration1765152000000 implements MigrationInterface {
  name = 'IdentityAccountAdministration1765152000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE identity_accounts
        ADD COLUMN disabled boolean NOT NULL DEFAULT false,
        ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
        ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN changed_at timestamptz NOT NULL DEFAULT now();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE identity_accounts DROP COLUMN disabled, DROP COLUMN must_change_password, DROP COLUMN created_at, DROP COLUMN changed_at;');
  }
}

export const IDENTITY_MIGRATIONS = [IdentityTables1764576200000, IdentityAccountAdministration1765152000000];
