import { Injectable } from '@nestjs/common';
import { SkillPurpose, SkillVisibility, SqlCondition, Viewer } from '@maillage/governance/contracts';
import { parkedStreamsSql } from '@maillage/shared/event-store';

/*
 * Stream names, as the owning contexts build them (competences'
 * `agentSkillsStreamId`, directory's `agentStreamId`): governance may not
 * import their domains, and the fail-closed end-to-end test appends to the
 * real stream names, so a rename there makes it fail here.
 */
const agentSkillsStream = (agentId: string) => `('agentskills-' || ${agentId})`;
const agentStream = (agentId: string) => `('agent-' || ${agentId})`;

/**
 * The agents' skill-sharing choices, applied where the rows are selected, so
 * a hidden skill is absent from results and from counts alike. "Above the
 * agent" is computed fresh on each query from the reporting lines.
 *
 * Fails closed on parked events: while the competences projection has an
 * event of an agent's skills parked, none of that agent's skills is visible to
 * anyone but the agent (their scopes may be stale); while the directory has an
 * event of an agent parked, that agent's reporting line is not trusted, so
 * nobody is "above" them (or above anyone below them) through it. Both lists
 * are read once per query (a hashed sub-select), not per row.
 */
@Injectable()
export class SqlSkillVisibility implements SkillVisibility {
  skillCondition(viewer: Viewer, purpose: SkillPurpose, columns: { agentId: string; scope: string }, firstParam: number): SqlCondition {
    const me = `$${firstParam}::uuid`;
    const staffing = `$${firstParam + 1}::boolean`;
    const { agentId, scope } = columns;
    const directoryParked = parkedStreamsSql('directory');
    return {
      sql: `(${agentId} = ${me}
        OR (${agentSkillsStream(agentId)} NOT IN (${parkedStreamsSql('competences')})
          AND (${scope} = 'everyone'
            OR (${staffing} AND ${scope} = 'staffing')
            OR (${scope} = 'hierarchy' AND ${agentId} IN (
              WITH RECURSIVE team AS (
                SELECT id, 1 AS depth FROM directory_agents WHERE manager_id = ${me} AND ${agentStream('id')} NOT IN (${directoryParked})
                UNION ALL
                SELECT a.id, t.depth + 1 FROM team t JOIN directory_agents a ON a.manager_id = t.id
                WHERE t.depth < 64 AND ${agentStream('a.id')} NOT IN (${directoryParked}))
              SELECT id FROM team)))))`,
      params: [viewer.agentId, purpose === 'staffing'],
    };
  }
}
