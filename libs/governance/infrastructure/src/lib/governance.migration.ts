import { GovernanceOrganisation1765200000000 } from './reporting-lines/governance-organisation.migration';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Governance1764576500000 implements MigrationInterface {
  name = 'Governance1764576500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      -- Read models of the policy stream and of the agents' sharing choices.
      CREATE TABLE governance_visibility_rules (
        field text PRIMARY KEY,
        audiences text[] NOT NULL,
        decision_id text NOT NULL
      );
      CREATE TABLE governance_decisions (
        decision_id text PRIMARY KEY,
        decided_on date NOT NULL,
        title text NOT NULL,
        participants text[] NOT NULL,
        rationale text NOT NULL,
        rules jsonb NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        log_transaction bigint NOT NULL,
        log_position bigint NOT NULL
      );
      CREATE TABLE governance_sharing_choices (
        agent_id uuid NOT NULL,
        field text NOT NULL,
        audiences text[] NOT NULL,
        version bigint NOT NULL,
        PRIMARY KEY (agent_id, field)
      );

      -- Who saw what: an append-only, HMAC-chained trail. Field names only, never values.
      CREATE TABLE governance_read_audit (
        seq bigint PRIMARY KEY,
        occurred_at timestamptz NOT NULL,
        viewer_account_id text NOT NULL,
        viewer_agent_id uuid,
        subject_agent_id uuid NOT NULL,
        subject_direction_id uuid,
        fields text[] NOT NULL,
        purpose text NOT NULL,
        request_id text NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL
      );
      CREATE INDEX governance_read_audit_subject ON governance_read_audit (subject_agent_id, occurred_at);
      CREATE INDEX governance_read_audit_viewer ON governance_read_audit (viewer_account_id, occurred_at);
      CREATE INDEX governance_read_audit_time ON governance_read_audit (occurred_at);
      -- The chain's head, locked by each batch so entries are chained in one order
      -- whatever the number of API instances; and where verification starts
      -- after a retention purge.
      CREATE TABLE governance_audit_head (
        id int PRIMARY KEY CHECK (id = 1),
        seq bigint NOT NULL,
        hash text NOT NULL,
        anchor_seq bigint NOT NULL,
        anchor_hash text NOT NULL
      );
      INSERT INTO governance_audit_head VALUES (1, 0, 'genesis', 0, 'genesis');

      CREATE FUNCTION governance_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('maillage.audit_retention_purge', true) = 'on' AND TG_OP = 'DELETE' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'the read audit trail is append-only (% refused)', TG_OP USING ERRCODE = 'MA004';
      END $$;
      CREATE TRIGGER governance_read_audit_no_change BEFORE UPDATE OR DELETE ON governance_read_audit
        FOR EACH ROW EXECUTE FUNCTION governance_audit_is_append_only();
      CREATE TRIGGER governance_read_audit_no_truncate BEFORE TRUNCATE ON governance_read_audit
        FOR EACH STATEMENT EXECUTE FUNCTION governance_audit_is_append_only();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE governance_read_audit; DROP FUNCTION governance_audit_is_append_only(); DROP TABLE governance_audit_head;
      DROP TABLE governance_sharing_choices; DROP TABLE governance_decisions; DROP TABLE governance_visibility_rules;
    `);
  }
}

/**
 * The policy in force is computed on each read from the dated decisions
 * (PolicyHistory), so a decision dated in the future waits for its day: the
 * table of "current" rules, which applied them as soon as recorded, goes.
 */
export class GovernancePolicyDates1765000000000 implements MigrationInterface {
  name = 'GovernancePolicyDates1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE governance_visibility_rules;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE governance_visibility_rules (field text PRIMARY KEY, audiences text[] NOT NULL, decision_id text NOT NULL);
      INSERT INTO governance_visibility_rules (field, audiences, decision_id)
      SELECT DISTINCT ON (r->>'field') r->>'field', ARRAY(SELECT jsonb_array_elements_text(r->'audiences')), d.decision_id
      FROM governance_decisions d, jsonb_array_elements(d.rules) r
      ORDER BY r->>'field', d.log_transaction DESC, d.log_position DESC;
    `);
  }
}

export const GOVERNANCE_MIGRATIONS = [Governance1764576500000, GovernancePolicyDates1765000000000, GovernanceOrganisation1765200000000];
