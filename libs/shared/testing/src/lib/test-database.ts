import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';
import { DataSource, MigrationInterface } from 'typeorm';

export interface TestDatabase {
  readonly url: string;
  readonly pool: Pool;
  drop(): Promise<void>;
}

type MigrationClass = new () => MigrationInterface;

function adminUrl(): string {
  const url = process.env['MAILLAGE_TEST_ADMIN_URL'];
  if (!url) throw new Error('MAILLAGE_TEST_ADMIN_URL is not set: run the tests through Jest (its global setup starts PostgreSQL).');
  return url;
}

/**
 * A fresh database in the test PostgreSQL, migrated with the given migrations
 * (the same classes the app runs at start-up). Dropped by `drop()`.
 */
export async function createTestDatabase(migrations: readonly MigrationClass[]): Promise<TestDatabase> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const dataSource = new DataSource({ type: 'postgres', url: url.toString(), migrations: [...migrations], logging: false });
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
  const pool = new Pool({ connectionString: url.toString(), max: 30 });
  return {
    url: url.toString(),
    pool,
    async drop() {
      await pool.end();
      const cleanup = new Client({ connectionString: adminUrl() });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
