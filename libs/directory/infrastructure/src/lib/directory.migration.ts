import { DirectoryOrganisation1764576300000 } from './directory-organisation.migration';
import { DirectoryImports1764576400000 } from './import/directory-imports.migration';
import { DirectoryImportsRetention1764577123400 } from './import/directory-imports-retention.migration';
import { DirectorySearchLexicon1764576810000 } from './directory-search-lexicon.migration';
import { DirectorySearchByEmail1764576900000 } from './directory-search-email.migration';
import { DirectoryBirthNamePrivate1765000000100 } from './directory-birth-name.migration';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class DirectoryReadModels1764576100000 implements MigrationInterface {
  name = 'DirectoryReadModels1764576100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
      CREATE TABLE directory_org_units (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('direction', 'service')),
        parent_id uuid,
        version bigint NOT NULL
      );
      CREATE TABLE directory_agents (
        id uuid PRIMARY KEY,
        first_name text NOT NULL,
        last_name text NOT NULL,
        usual_name text,
        post_title text NOT NULL,
        unit_id uuid,
        manager_id uuid,
        work_email text NOT NULL,
        work_phone text,
        office text,
        start_date date,
        status text NOT NULL,
        -- Lower-case, accent-free names, post and e-mail: what the search matches.
        search_text text NOT NULL,
        sort_name text NOT NULL,
        version bigint NOT NULL
      );
      CREATE INDEX directory_agents_search ON directory_agents USING gin (search_text gin_trgm_ops);
      CREATE INDEX directory_agents_sort ON directory_agents (sort_name, id);
      CREATE INDEX directory_agents_manager ON directory_agents (manager_id);
      CREATE INDEX directory_agents_unit ON directory_agents (unit_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE directory_agents; DROP TABLE directory_org_units;');
  }
}

export const DIRECTORY_MIGRATIONS = [
  DirectoryReadModels1764576100000,
  DirectoryOrganisation1764576300000,
  DirectoryImports1764576400000,
  DirectorySearchLexicon1764576810000,
  DirectorySearchByEmail1764576900000,
  DirectoryImportsRetention1764577123400,
  DirectoryBirthNamePrivate1765000000100,
];
