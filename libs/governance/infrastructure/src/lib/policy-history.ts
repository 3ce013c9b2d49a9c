import { DatedDecision, Policy, policyOn } from '@maillage/governance/domain';
import { Sql } from '@maillage/shared/kernel';

/**
 * The committee's decisions as the policy needs them (day and rules), in
 * recording order, from the decisions read model. A few dozen rows over the
 * life of the town hall: read whole on each request, so a decision dated
 * today applies from midnight without a job rewriting rules at that hour.
 */
export class PolicyHistory {
  constructor(private readonly db: Pick<Sql, 'query'>) {}

  decisions(): Promise<DatedDecision[]> {
    return this.db.query(
      `SELECT to_char(decided_on, 'YYYY-MM-DD') AS "decidedOn", rules FROM governance_decisions ORDER BY log_transaction, log_position`,
    );
  }

  async policyOn(day: string): Promise<Policy> {
    return policyOn(day, await this.decisions());
  }
}
