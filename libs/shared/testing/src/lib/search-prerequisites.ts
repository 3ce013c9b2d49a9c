import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What other contexts' search columns need and, in the app, the directory's
 * migrations create first (trigrams, `maillage_unaccent`, the `fr_unaccent`
 * configuration): for a context's tests migrated without the directory's tables.
 */
export class SearchPrerequisites implements MigrationInterface {
  name = 'TestSearchPrerequisites1764576050000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
      CREATE EXTENSION IF NOT EXISTS unaccent;
      CREATE OR REPLACE FUNCTION maillage_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
      CREATE TEXT SEARCH CONFIGURATION fr_unaccent (COPY = french);
      ALTER TEXT SEARCH CONFIGURATION fr_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
    `);
  }

  async down(): Promise<void> {
    // Nothing to undo: the test database is dropped.
  }
}
