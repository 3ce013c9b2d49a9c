import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Competences' own copy of people and units (filled by its projection of the directory's published
 * events: a new projection, so it replays the whole log on first start). The skill search and the
 * team builder read these instead of the directory's tables.
 */
export class CompetencesOrganisation1765200000001 implements MigrationInterface {
  name = 'CompetencesOrganisation1765200000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE competences_agents (
        id uuid PRIMARY KEY,
        first_name text NOT NULL,
        -- The nom d'usage, else the birth name: never the birth name behind a nom d'usage.
        name_in_use text NOT NULL,
        post_title text NOT NULL,
        unit_id uuid,
        direction_id uuid,
        status text NOT NULL,
        sort_name text NOT NULL,
        log_transaction bigint NOT NULL,
        log_position bigint NOT NULL
      );
      CREATE INDEX competences_agents_unit ON competences_agents (unit_id);
      CREATE TABLE competences_units (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL,
        parent_id uuid,
        closed boolean NOT NULL,
        direction_id uuid,
        log_transaction bigint NOT NULL,
        log_position bigint NOT NULL
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE competences_units; DROP TABLE competences_agents;');
  }
}
