import { Inject, Injectable } from '@nestjs/common';
import { SQL, Sql } from '@maillage/shared/kernel';

/** How a viewer stands towards an agent, for the visibility policy. */
export interface OrganisationRelation {
  /** The viewer is the agent's manager, or their manager's manager, and so on. */
  readonly inManagerChain: boolean;
  readonly sameUnit: boolean;
  /** The agent's direction (for aggregate audit figures). */
  readonly subjectDirectionId: string | null;
}

export interface OrganisationRelations {
  /** For many agents in one query (lists): every id asked for has an entry. */
  relationsBetween(viewerAgentId: string | null, subjectAgentIds: readonly string[]): Promise<ReadonlyMap<string, OrganisationRelation>>;
}

/**
 * Answered from governance's own copy of the reporting lines and units (so the redactor needs
 * nothing of the directory at run time), read fresh on every call: a manager moved elsewhere loses
 * access on their very next request. One round trip for any number of agents: each agent's chain
 * and unit path walked up (an index lookup per level), all at once.
 */
@Injectable()
export class GovernanceOrganisationRelations implements OrganisationRelations {
  constructor(@Inject(SQL) private readonly db: Sql) {}

  async relationsBetween(viewerAgentId: string | null, subjectAgentIds: readonly string[]): Promise<ReadonlyMap<string, OrganisationRelation>> {
    const ids = [...new Set(subjectAgentIds)];
    if (ids.length === 0) return new Map();
    const rows = await this.db.query<{ id: string; in_chain: boolean; same_unit: boolean; direction_id: string | null }>(
      `WITH RECURSIVE chain AS (
         SELECT l.agent_id AS subject, l.manager_id AS id, 1 AS depth FROM governance_reporting_lines l WHERE l.agent_id = ANY($2::uuid[]) AND l.manager_id IS NOT NULL
         UNION ALL
         SELECT c.subject, m.manager_id, c.depth + 1 FROM chain c JOIN governance_reporting_lines m ON m.agent_id = c.id
         WHERE m.manager_id IS NOT NULL AND c.depth < 64),
       up AS (
         SELECT l.agent_id AS subject, u.id, u.kind, u.parent_id, 1 AS depth
         FROM governance_reporting_lines l JOIN governance_units u ON u.id = l.unit_id WHERE l.agent_id = ANY($2::uuid[])
         UNION ALL
         SELECT up.subject, u.id, u.kind, u.parent_id, up.depth + 1 FROM up JOIN governance_units u ON u.id = up.parent_id
         WHERE up.kind <> 'direction' AND up.depth < 64)
       SELECT s.id, EXISTS (SELECT 1 FROM chain c WHERE c.subject = s.id AND c.id = $1::uuid) AS in_chain,
              EXISTS (SELECT 1 FROM governance_reporting_lines v WHERE v.agent_id = $1::uuid AND NOT v.departed AND v.unit_id = a.unit_id) AS same_unit,
              (SELECT up.id FROM up WHERE up.subject = s.id AND up.kind = 'direction' LIMIT 1) AS direction_id
       FROM unnest($2::uuid[]) AS s(id) LEFT JOIN governance_reporting_lines a ON a.agent_id = s.id`,
      [viewerAgentId, ids],
    );
    return new Map(rows.map((r) => [r.id, { inManagerChain: r.in_chain, sameUnit: r.same_unit, subjectDirectionId: r.direction_id }]));
  }
}
