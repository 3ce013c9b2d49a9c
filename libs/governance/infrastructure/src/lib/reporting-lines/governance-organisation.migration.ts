import { parkedStreamsSql } from '@maillage/shared/event-store';
import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * The stream an agent's events are in, as the directory names it (`agentStreamId`): parked events of
 * the reporting-lines projection are per stream. The fail-closed tests append to the real names.
 */
const agentStream = (column: string) => `('agent-' || ${column})`;
const parkedLines = parkedStreamsSql('governance-organisation');

/**
 * Governance's own copy of the reporting lines and the unit tree (filled by its projection of the
 * directory's published events: a new projection, so it replays the whole log on first start), and
 * skill visibility as one published decision: `governance_skill_visible` with the team it takes from
 * `governance_agents_below`, which competences calls by name (see `SKILL_VISIBLE_SQL_FUNCTION` in
 * governance's contracts).
 */
export class GovernanceOrganisation1765200000000 implements MigrationInterface {
  name = 'GovernanceOrganisation1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE governance_reporting_lines (
        agent_id uuid PRIMARY KEY,
        manager_id uuid,
        unit_id uuid,
        departed boolean NOT NULL,
        log_transaction bigint NOT NULL,
        log_position bigint NOT NULL
      );
      CREATE INDEX governance_reporting_lines_manager ON governance_reporting_lines (manager_id);
      CREATE TABLE governance_units (
        id uuid PRIMARY KEY,
        parent_id uuid,
        kind text NOT NULL,
        log_transaction bigint NOT NULL,
        log_position bigint NOT NULL
      );

      -- The agents below the viewer (their team, all levels), walked down once per statement that
      -- asks. A line whose agent has a parked event here is not trusted (fail closed): nobody is
      -- above that agent, nor above anyone below them, through it.
      CREATE FUNCTION governance_agents_below(viewer uuid) RETURNS SETOF uuid
      LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
        WITH RECURSIVE team AS (
          SELECT l.agent_id AS id, 1 AS depth FROM governance_reporting_lines l
          WHERE l.manager_id = $1 AND ${agentStream('l.agent_id')} NOT IN (${parkedLines})
          UNION ALL
          SELECT l.agent_id, t.depth + 1 FROM team t JOIN governance_reporting_lines l ON l.manager_id = t.id
          WHERE t.depth < 64 AND ${agentStream('l.agent_id')} NOT IN (${parkedLines}))
        SELECT id FROM team
      $fn$;

      -- The one decision on who sees a declared skill. A plain expression, so PostgreSQL inlines it in
      -- the caller's statement (results and counts stay one set-based query). scope_current: the
      -- caller's copy of the scope is up to date (false while the holder's skills have a parked event:
      -- then only the agent sees them); below_viewer: the agent is among governance_agents_below(viewer),
      -- asked by the caller as a sub-select so the team is walked once per statement, not per row.
      CREATE FUNCTION governance_skill_visible(viewer uuid, purpose text, agent uuid, scope text, scope_current boolean, below_viewer boolean)
      RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
        SELECT $3 = $1 OR ($5 AND ($4 = 'everyone' OR ($2 = 'staffing' AND $4 = 'staffing') OR ($4 = 'hierarchy' AND $6)))
      $fn$;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION governance_skill_visible(uuid, text, uuid, text, boolean, boolean);
      DROP FUNCTION governance_agents_below(uuid);
      DROP TABLE governance_units;
      DROP TABLE governance_reporting_lines;
    `);
  }
}
