import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationRelation, OrganisationRelations } from '@maillage/directory/contracts';
import { DataSource } from 'typeorm';

/**
 * Read fresh on every call (no cache): a manager moved elsewhere loses access
 * on their very next request. One round trip for any number of agents: each
 * agent's chain is walked up (an index lookup per level), all chains at once.
 */
@Injectable()
export class PostgresOrganisationRelations implements OrganisationRelations {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async relationBetween(viewerAgentId: string | null, subjectAgentId: string): Promise<OrganisationRelation> {
    const found = await this.relationsBetween(viewerAgentId, [subjectAgentId]);
    return found.get(subjectAgentId) ?? { inManagerChain: false, sameUnit: false, subjectDirectionId: null };
  }

  async relationsBetween(viewerAgentId: string | null, subjectAgentIds: readonly string[]): Promise<ReadonlyMap<string, OrganisationRelation>> {
    const ids = [...new Set(subjectAgentIds)];
    if (ids.length === 0) return new Map();
    const rows: { id: string; in_chain: boolean; same_unit: boolean; direction_id: string | null }[] = await this.db.query(
      `WITH RECURSIVE chain AS (
         SELECT a.id AS subject, a.manager_id AS id, 1 AS depth FROM directory_agents a WHERE a.id = ANY($2::uuid[]) AND a.manager_id IS NOT NULL
         UNION ALL
         SELECT c.subject, m.manager_id, c.depth + 1 FROM chain c JOIN directory_agents m ON m.id = c.id
         WHERE m.manager_id IS NOT NULL AND c.depth < 64)
       SELECT s.id, EXISTS (SELECT 1 FROM chain c WHERE c.subject = s.id AND c.id = $1::uuid) AS in_chain,
              EXISTS (SELECT 1 FROM directory_agents v WHERE v.id = $1::uuid AND v.status <> 'departed' AND v.unit_id = a.unit_id) AS same_unit,
              a.direction_id
       FROM unnest($2::uuid[]) AS s(id) LEFT JOIN directory_agents a ON a.id = s.id`,
      [viewerAgentId, ids],
    );
    return new Map(rows.map((r) => [r.id, { inManagerChain: r.in_chain, sameUnit: r.same_unit, subjectDirectionId: r.direction_id }]));
  }
}
