import { Injectable } from '@nestjs/common';
import { SkillPurpose, SkillVisibility, SqlCondition, Viewer } from '@maillage/governance/contracts';

/**
 * The agents' skill-sharing choices, applied where the rows are selected, so
 * a hidden skill is absent from results and from counts alike. "Above the
 * agent" is computed fresh on each query from the reporting lines.
 */
@Injectable()
export class SqlSkillVisibility implements SkillVisibility {
  skillCondition(viewer: Viewer, purpose: SkillPurpose, columns: { agentId: string; scope: string }, firstParam: number): SqlCondition {
    const me = `$${firstParam}::uuid`;
    const staffing = `$${firstParam + 1}::boolean`;
    const { agentId, scope } = columns;
    return {
      sql: `(${agentId} = ${me}
        OR ${scope} = 'everyone'
        OR (${staffing} AND ${scope} = 'staffing')
        OR (${scope} = 'hierarchy' AND ${agentId} IN (
              WITH RECURSIVE team AS (
                SELECT id, 1 AS depth FROM directory_agents WHERE manager_id = ${me}
                UNION ALL
                SELECT a.id, t.depth + 1 FROM team t JOIN directory_agents a ON a.manager_id = t.id WHERE t.depth < 64)
              SELECT id FROM team)))`,
      params: [viewer.agentId, purpose === 'staffing'],
    };
  }
}
