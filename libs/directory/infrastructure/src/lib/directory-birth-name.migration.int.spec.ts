import { EVENT_STORE_MIGRATIONS, PoolSql, resetProjection } from '@maillage/shared/event-store';
import { createTestDatabase, TestDatabase } from '@maillage/shared/testing';
import { DataSource } from 'typeorm';
import { DirectoryBirthNamePrivate1765000000100 } from './directory-birth-name.migration';
import { DirectoryLog } from './directory-log.test-kit';
import { DIRECTORY_MIGRATIONS } from './directory.migration';
import { DirectoryProjection } from './directory.projections';
import { PostgresDirectoryReadModel } from './postgres-directory-read-model';

const paie = '2d907c74-7c5e-4ebc-9c79-3c4d5e6f7081';
const before = DIRECTORY_MIGRATIONS.filter((m) => m !== DirectoryBirthNamePrivate1765000000100);

let db: TestDatabase;
afterAll(() => db?.drop());

const searchRows = async () => [
  (await db.pool.query('SELECT id, search_vector, sort_name FROM directory_agents ORDER BY id')).rows,
  (await db.pool.query('SELECT word FROM directory_search_words ORDER BY word')).rows,
];

describe('birth name migration', () => {
  it('takes the birth name behind a nom d’usage out of existing vectors, sort names and lexicon, as a rebuild would', async () => {
    db = await createTestDatabase([...EVENT_STORE_MIGRATIONS, ...before]);
    const log = new DirectoryLog(db);
    await log.unit(paie, 'Service Paie', 'service');
    const pauline = await log.agent({ firstName: 'Pauline', lastName: 'Berger', usualName: 'Charpentier', postTitle: 'Gestionnaire paie', unitId: paie });
    await log.agent({ firstName: 'Jean', lastName: 'Martin', postTitle: 'Assistant paie', unitId: paie });
    await log.project();
    // The rows as the former projection left them: the birth name indexed, sorted by and in the lexicon.
    await db.pool.query(
      `UPDATE directory_agents a SET sort_name = 'berger pauline',
         search_vector = directory_agent_search_vector('Pauline Berger Charpentier', a.post_title) || (SELECT search_vector FROM directory_org_units WHERE id = a.unit_id)
       WHERE id = $1`,
      [pauline],
    );
    await db.pool.query(`INSERT INTO directory_search_words (word) VALUES ('berger')`);

    const dataSource = await new DataSource({ type: 'postgres', url: db.url, migrations: [...EVENT_STORE_MIGRATIONS, ...DIRECTORY_MIGRATIONS] }).initialize();
    try {
      const directory = new PostgresDirectoryReadModel(new PoolSql(db.pool));
      const found = async (text: string) => (await directory.searchAgents({ text, page: 1, pageSize: 20 })).items.map((a) => a.lastName);
      expect(await found('berger')).toEqual(['Charpentier']);

      expect((await dataSource.runMigrations()).map((m) => m.name)).toEqual(['DirectoryBirthNamePrivate1765000000100']);
      expect(await found('berger')).toEqual([]);
      expect(await found('bergre')).toEqual([]);
      expect(await found('charpentier')).toEqual(['Charpentier']);
      expect(await found('paie')).toEqual(['Charpentier', 'Martin']);
      expect((await db.pool.query('SELECT sort_name FROM directory_agents WHERE id = $1', [pauline])).rows[0].sort_name).toBe('charpentier pauline');
      expect((await db.pool.query(`SELECT word FROM directory_search_words WHERE word = 'berger'`)).rows).toEqual([]);

      const migrated = await searchRows();
      await resetProjection(db.pool, new DirectoryProjection());
      await log.project();
      expect(await searchRows()).toEqual(migrated);
    } finally {
      await dataSource.destroy();
    }
  });
});
