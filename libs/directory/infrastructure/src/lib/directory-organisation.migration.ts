import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisation, HR fields and full-text search. The directory read models are
 * now written by one projection (`directory`), so they are emptied here and
 * replayed from the log on the next start.
 */
export class DirectoryOrganisation1764576300000 implements MigrationInterface {
  name = 'DirectoryOrganisation1764576300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE EXTENSION IF NOT EXISTS unaccent;
      -- unaccent() is only STABLE; indexes need an IMMUTABLE wrapper with a fixed dictionary.
      CREATE FUNCTION maillage_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
      CREATE TEXT SEARCH CONFIGURATION fr_unaccent (COPY = french);
      ALTER TEXT SEARCH CONFIGURATION fr_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

      TRUNCATE directory_agents, directory_org_units;
      DELETE FROM projection_checkpoints WHERE name IN ('directory-agents', 'directory-org-units');

      ALTER TABLE directory_org_units
        ADD COLUMN head_agent_id uuid,
        ADD COLUMN closed boolean NOT NULL DEFAULT false,
        ADD COLUMN direction_id uuid,
        ADD COLUMN search_vector tsvector NOT NULL DEFAULT ''::tsvector,
        DROP CONSTRAINT directory_org_units_kind_check,
        ADD CONSTRAINT directory_org_units_kind_check CHECK (kind IN ('direction', 'service', 'unit'));
      CREATE INDEX directory_org_units_parent ON directory_org_units (parent_id);
      CREATE INDEX directory_org_units_search ON directory_org_units USING gin (search_vector);

      ALTER TABLE directory_agents
        ADD COLUMN direction_id uuid,
        ADD COLUMN departed_on date,
        ADD COLUMN search_vector tsvector NOT NULL DEFAULT ''::tsvector;
      CREATE INDEX directory_agents_fulltext ON directory_agents USING gin (search_vector);
      CREATE INDEX directory_agents_direction ON directory_agents (direction_id);

      -- Sensitive HR fields, apart from the public directory: only the redaction
      -- point reads them, for viewers the visibility policy lets see them.
      CREATE TABLE directory_agent_hr (
        agent_id uuid PRIMARY KEY,
        employment text,
        category text,
        filiere text,
        cadre_emplois text,
        grade text,
        matricule text,
        hr_code text,
        dga_code text,
        diplomas text,
        experience text,
        version bigint NOT NULL
      );
      CREATE INDEX directory_agent_hr_matricule ON directory_agent_hr (matricule);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE directory_agent_hr;
      ALTER TABLE directory_agents DROP COLUMN direction_id, DROP COLUMN departed_on, DROP COLUMN search_vector;
      ALTER TABLE directory_org_units DROP COLUMN head_agent_id, DROP COLUMN closed, DROP COLUMN direction_id, DROP COLUMN search_vector;
      DROP TEXT SEARCH CONFIGURATION fr_unaccent;
      DROP FUNCTION maillage_unaccent(text);
    `);
  }
}
