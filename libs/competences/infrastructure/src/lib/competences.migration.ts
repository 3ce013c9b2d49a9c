import { CompetencesOrganisation1765200000001 } from './organisation-copy/competences-organisation.migration';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Competences1764576700000 implements MigrationInterface {
  name = 'Competences1764576700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE competences_skills (
        skill_id text PRIMARY KEY,
        label text NOT NULL,
        domain text NOT NULL,
        synonyms text[] NOT NULL,
        merged_into text,
        search_text text NOT NULL,
        search_vector tsvector NOT NULL,
        version bigint NOT NULL
      );
      CREATE INDEX competences_skills_fulltext ON competences_skills USING gin (search_vector);
      CREATE INDEX competences_skills_trigram ON competences_skills USING gin (search_text gin_trgm_ops);
      -- Each agent's declarations, with their sharing scope: read only through the visibility predicate.
      CREATE TABLE competences_agent_skills (
        agent_id uuid NOT NULL,
        skill_id text NOT NULL,
        level text,
        wishes_to_develop boolean NOT NULL,
        scope text NOT NULL CHECK (scope IN ('hidden', 'staffing', 'hierarchy', 'everyone')),
        declared_skill_id text NOT NULL,
        version bigint NOT NULL,
        PRIMARY KEY (agent_id, declared_skill_id)
      );
      CREATE INDEX competences_agent_skills_skill ON competences_agent_skills (skill_id, scope);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE competences_agent_skills; DROP TABLE competences_skills;');
  }
}

export const COMPETENCES_MIGRATIONS = [Competences1764576700000, CompetencesOrganisation1765200000001];
