import { Inject, Injectable } from '@nestjs/common';
import { CommitteeDecision } from '@maillage/governance/contracts';
import { parisDay } from '@maillage/governance/domain';
import { CLOCK, Clock, SQL, Sql } from '@maillage/shared/kernel';

export interface ViewRecord {
  readonly occurredAt: string;
  readonly viewerAccountId: string;
  readonly viewerAgentId: string | null;
  readonly subjectAgentId: string;
  readonly fields: readonly string[];
  readonly purpose: string;
  readonly requestId: string;
}

export interface AuditSearch {
  readonly viewerAgentId?: string;
  readonly subjectAgentId?: string;
  readonly field?: string;
  readonly from?: string;
  readonly to?: string;
  readonly limit: number;
}

const VIEW_COLUMNS = `r.occurred_at AS "occurredAt", r.viewer_account_id AS "viewerAccountId", r.viewer_agent_id AS "viewerAgentId",
  r.subject_agent_id AS "subjectAgentId", r.fields, r.purpose, r.request_id AS "requestId"`;

/** Read side of governance: decisions, who saw what, aggregate figures. Never changes anything. */
@Injectable()
export class GovernanceQueries {
  constructor(
    @Inject(SQL) private readonly db: Sql,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** In recording order; `pending` while the decision's day (Europe/Paris, as the redactor counts it) is to come. */
  decisions(): Promise<CommitteeDecision[]> {
    return this.db.query(
      `SELECT decision_id AS "decisionId", to_char(decided_on, 'YYYY-MM-DD') AS "decidedOn", title, participants, rationale, rules,
              decided_on > $1::date AS pending, recorded_by AS "recordedBy", recorded_at AS "recordedAt"
       FROM governance_decisions ORDER BY log_transaction, log_position`,
      [parisDay(this.clock.now())],
    );
  }

  /** Who viewed this agent's sensitive fields, newest first. */
  viewsOf(subjectAgentId: string, limit: number): Promise<ViewRecord[]> {
    return this.search({ subjectAgentId, limit });
  }

  search(criteria: AuditSearch): Promise<ViewRecord[]> {
    return this.db.query(
      `SELECT ${VIEW_COLUMNS} FROM governance_read_audit r
       WHERE ($1::uuid IS NULL OR r.viewer_agent_id = $1) AND ($2::uuid IS NULL OR r.subject_agent_id = $2)
         AND ($3::text IS NULL OR $3 = ANY(r.fields)) AND ($4::timestamptz IS NULL OR r.occurred_at >= $4)
         AND ($5::timestamptz IS NULL OR r.occurred_at < $5)
       ORDER BY r.seq DESC LIMIT $6`,
      [criteria.viewerAgentId ?? null, criteria.subjectAgentId ?? null, criteria.field ?? null, criteria.from ?? null, criteria.to ?? null, criteria.limit],
    );
  }

  /**
   * Reads of sensitive fields per direction (of the agent viewed) and month:
   * counts only, no names, so the committee sees the practice, not people.
   */
  aggregateFigures(): Promise<{ month: string; directionId: string | null; reads: number; fieldReads: number }[]> {
    return this.db.query(
      `SELECT to_char(date_trunc('month', occurred_at), 'YYYY-MM') AS month, subject_direction_id AS "directionId",
              count(*)::int AS reads, sum(cardinality(fields))::int AS "fieldReads"
       FROM governance_read_audit GROUP BY 1, 2 ORDER BY 1 DESC, 2`,
    );
  }

  sharingChoices(agentId: string): Promise<{ field: string; audiences: string[] }[]> {
    return this.db.query('SELECT field, audiences FROM governance_sharing_choices WHERE agent_id = $1 ORDER BY field', [agentId]);
  }
}
