import { Projection, ProjectionSql } from '@maillage/shared/event-store';
import { RecordedEvent } from '@maillage/shared/kernel';
import { CommitteeDecisionData, GovernanceEvent, PolicyEvent, SharingEvent } from '@maillage/governance/domain';

/**
 * Decision history (with each decision's day and rules: the policy in force on
 * any day is computed from it, see PolicyHistory) and sharing choices. Batches
 * are small and rare (committee decisions, consent changes), so events are
 * written one statement each, in order; every statement is idempotent.
 */
export class GovernanceProjection implements Projection<GovernanceEvent['type']> {
  readonly name = 'governance';
  /** `VisibilityRuleSet` is left out on purpose: each decision's rules travel in its `CommitteeDecisionRecorded`. */
  readonly eventTypes: readonly GovernanceEvent['type'][] = ['CommitteeDecisionRecorded', 'FieldSharingChosen'];
  readonly readModelTables = ['governance_decisions', 'governance_sharing_choices'];

  async apply(events: readonly RecordedEvent[], sql: ProjectionSql): Promise<void> {
    for (const recorded of events) {
      const event = { type: recorded.type, data: recorded.data } as PolicyEvent | SharingEvent;
      switch (event.type) {
        case 'CommitteeDecisionRecorded':
          await this.recordDecision(event.data, recorded, sql);
          break;
        case 'FieldSharingChosen':
          await sql.query(
            `INSERT INTO governance_sharing_choices AS c (agent_id, field, audiences, version) VALUES ($1, $2, $3, $4)
             ON CONFLICT (agent_id, field) DO UPDATE SET audiences = EXCLUDED.audiences, version = EXCLUDED.version
             WHERE c.version < EXCLUDED.version`,
            [event.data.agentId, event.data.field, event.data.audiences, recorded.streamVersion],
          );
          break;
      }
    }
  }

  private async recordDecision(data: CommitteeDecisionData, recorded: RecordedEvent, sql: ProjectionSql) {
    await sql.query(
      `INSERT INTO governance_decisions (decision_id, decided_on, title, participants, rationale, rules, recorded_by, recorded_at, log_transaction, log_position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (decision_id) DO NOTHING`,
      [
        data.decisionId, data.decidedOn, data.title, data.participants, data.rationale, JSON.stringify(data.rules),
        recorded.metadata.actorId, recorded.metadata.occurredAt, recorded.logPosition.transaction, recorded.logPosition.position,
      ],
    );
  }
}
