import { COMPETENCES_MIGRATIONS } from '@maillage/competences/infrastructure';
import { DIRECTORY_MIGRATIONS } from '@maillage/directory/infrastructure';
import { GOVERNANCE_MIGRATIONS } from '@maillage/governance/infrastructure';
import { IDENTITY_MIGRATIONS } from '@maillage/identity/infrastructure';
import { EVENT_STORE_MIGRATIONS } from '@maillage/shared/event-store';
import { DataSource, MigrationInterface } from 'typeorm';
import { PlatformIdempotencyKeys1764577200000 } from './idempotency/platform-idempotency.migration';

export const MIGRATIONS: (new () => MigrationInterface)[] = [
  ...EVENT_STORE_MIGRATIONS,
  ...DIRECTORY_MIGRATIONS,
  ...IDENTITY_MIGRATIONS,
  ...GOVERNANCE_MIGRATIONS,
  ...COMPETENCES_MIGRATIONS,
  PlatformIdempotencyKeys1764577200000,
];



export class SchemaTooNewError extends Error {}

/** Serialises migrations when several instances start at once. */
const MIGRATION_LOCK = 0x4d41_0001;

/**
 * Runs pending migrations at start-up, after refusing a database migrated by
 * a newer version of the app (it could rely on a schema this code does not know).
 */
export async function migrateDatabase(url: string): Promise<string[]> {
  const dataSource = new DataSource({ type: 'postgres', url, migrations: MIGRATIONS, migrationsTableName: 'migrations', logging: false });
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const known = new Set(MIGRATIONS.map((migration) => new migration().name));
    const [{ exists }] = await lock.query(`SELECT to_regclass('migrations') IS NOT NULL AS exists`);
    if (exists) {
      const applied: { name: string }[] = await lock.query('SELECT name FROM migrations');
      const unknown = applied.map((m) => m.name).filter((name) => !known.has(name));
      if (unknown.length > 0) {
        throw new SchemaTooNewError(
          `The database schema is newer than this version of Maillage (unknown migrations: ${unknown.join(', ')}). Deploy the newer version, or restore a matching backup.`,
        );
      }
    }
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
