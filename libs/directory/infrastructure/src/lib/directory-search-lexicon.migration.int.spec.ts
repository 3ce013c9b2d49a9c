import { EVENT_STORE_MIGRATIONS, PoolSql, resetProjection } from '@maillage/shared/event-store';
import { createTestDatabase, TestDatabase } from '@maillage/shared/testing';
import { DataSource } from 'typeorm';
import { DirectoryLog } from './directory-log.test-kit';
import { DirectoryBirthNamePrivate1765000000100 } from './directory-birth-name.migration';
import { DirectorySearchLexicon1764576810000 } from './directory-search-lexicon.migration';
import { DIRECTORY_MIGRATIONS } from './directory.migration';
import { DirectoryProjection } from './directory.projections';
import { PostgresDirectoryReadModel } from './postgres-directory-read-model';

const drh = '0b7e6a52-5a3c-4c9a-9a57-1a2b3c4d5e6f';
const paie = '2d907c74-7c5e-4ebc-9c79-3c4d5e6f7081';
const before = DIRECTORY_MIGRATIONS.filter((m) => m !== DirectorySearchLexicon1764576810000 && m !== DirectoryBirthNamePrivate1765000000100);

let db: TestDatabase;
afterAll(() => db?.drop());

/** Read rows as the directory projection left them before this migration (one trigram text, stems of names and posts only). */
async function rowsOfTheFormerProjection(log: DirectoryLog): Promise<void> {
  await log.unit(drh, 'Direction des Ressources Humaines', 'direction');
  await log.unit(paie, 'Service Paie', 'service', drh);
  const helene = await log.agent({ firstName: 'Hélène', lastName: 'Müller-Roux', postTitle: 'Gestionnaire paie', unitId: paie });
  const jean = await log.agent({ firstName: 'Jean', lastName: 'Lecœur', postTitle: 'Assistant de direction', unitId: drh });
  await db.pool.query(
    `INSERT INTO directory_org_units (id, name, kind, parent_id, direction_id, search_vector, version)
     VALUES ($1, 'Direction des Ressources Humaines', 'direction', NULL, $1, to_tsvector('fr_unaccent', 'Direction des Ressources Humaines'), 0),
            ($2, 'Service Paie', 'service', $1, $1, to_tsvector('fr_unaccent', 'Service Paie'), 0)`,
    [drh, paie],
  );
  for (const [id, first, last, post, unit, sortName] of [
    [helene, 'Hélène', 'Müller-Roux', 'Gestionnaire paie', paie, 'muller-roux helene'],
    [jean, 'Jean', 'Lecœur', 'Assistant de direction', drh, 'lecœur jean'],
  ]) {
    await db.pool.query(
      `INSERT INTO directory_agents (id, first_name, last_name, post_title, unit_id, direction_id, work_email, start_date, status,
                                     search_text, sort_name, search_vector, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, '2020-01-02', 'active', $8, $9,
               setweight(to_tsvector('fr_unaccent', $2 || ' ' || $3), 'A') || setweight(to_tsvector('fr_unaccent', $4), 'B'), 0)`,
      [id, first, last, post, unit, drh, `${id}@mairie-exemple.fr`, `${first} ${last} ${post}`.toLowerCase(), sortName],
    );
    await db.pool.query(`INSERT INTO directory_agent_hr (agent_id, version) VALUES ($1, 0)`, [id]);
  }
}

const searchRows = async () => [
  (await db.pool.query('SELECT id, search_vector, sort_name, direction_id FROM directory_agents ORDER BY id')).rows,
  (await db.pool.query('SELECT id, search_vector, direction_id FROM directory_org_units ORDER BY id')).rows,
  (await db.pool.query('SELECT word FROM directory_search_words ORDER BY word')).rows,
];

describe('search lexicon migration', () => {
  it('gives the agents already projected their new search vectors and fills the lexicon, as a rebuild would; and can be undone', async () => {
    db = await createTestDatabase([...EVENT_STORE_MIGRATIONS, ...before]);
    const log = new DirectoryLog(db);
    await rowsOfTheFormerProjection(log);

    const dataSource = await new DataSource({ type: 'postgres', url: db.url, migrations: [...EVENT_STORE_MIGRATIONS, ...DIRECTORY_MIGRATIONS] }).initialize();
    try {
      expect((await dataSource.runMigrations()).map((m) => m.name)).toEqual(['DirectorySearchLexicon1764576810000', 'DirectoryBirthNamePrivate1765000000100']);
      const words = (await db.pool.query('SELECT word FROM directory_search_words')).rows.map((r) => r.word);
      expect(words).toEqual(expect.arrayContaining(['helene', 'muller', 'roux', 'gestionnaire', 'paie', 'lecoeur', 'ressources', 'service']));
      const directory = new PostgresDirectoryReadModel(new PoolSql(db.pool));
      const found = async (text: string) => (await directory.searchAgents({ text, page: 1, pageSize: 20 })).items.map((a) => a.lastName);
      expect(await found('gestionaire paie')).toEqual(['Müller-Roux']);
      expect(await found('humaines')).toEqual(['Lecœur', 'Müller-Roux']);
      expect(await found('lecoeur')).toEqual(['Lecœur']);

      const migrated = await searchRows();
      await resetProjection(db.pool, new DirectoryProjection());
      await log.project();
      expect(await searchRows()).toEqual(migrated);

      await dataSource.undoLastMigration();
      await dataSource.undoLastMigration();
      expect((await db.pool.query(`SELECT count(*)::int AS n FROM directory_agents WHERE search_text LIKE '%gestionnaire paie%'`)).rows[0].n).toBe(1);
      expect((await db.pool.query(`SELECT to_regclass('directory_search_words') AS t`)).rows[0].t).toBeNull();
    } finally {
      await dataSource.destroy();
    }
  });
});
