import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationRelation, OrganisationRelations } from '@maillage/directory/contracts';
import { DataSource } from 'typeorm';

/**
 * Read fresh on every call (no cache): a manager moved elsewhere loses access
 * on their very next request. One round trip; the chain walk is an index
 * lookup per level.
 */
@Injectable()
export class PostgresOrganisationRelations implements OrganisationRelations {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async relationBetween(viewerAgentId: string | null, subjectAgentId: string): Promise<OrganisationRelation> {
    const rows: { in_chain: boolean; same_unit: boolean; direction_id: string | null }[] = await this.db.query(
      `WITH RECURSIVE chain AS (
         SELECT manager_id AS id, 1 AS depth FROM directory_agents WHERE id = $2 AND manager_id IS NOT NULL
         UNION ALL
         SELECT a.manager_id, c.depth + 1 FROM chain c JOIN directory_agents a ON a.id = c.id WHERE a.manager_id IS NOT NULL AND c.depth < 64)
       SELECT EXISTS (SELECT 1 FROM chain WHERE id = $1::uuid) AS in_chain,
              EXISTS (SELECT 1 FROM directory_agents v JOIN directory_agents s ON s.unit_id = v.unit_id
                      WHERE v.id = $1::uuid AND s.id = $2 AND v.status <> 'departed') AS same_unit,
              (SELECT direction_id FROM directory_agents WHERE id = $2) AS direction_id`,
      [viewerAgentId, subjectAgentId],
    );
    return { inManagerChain: rows[0].in_chain, sameUnit: rows[0].same_unit, subjectDirectionId: rows[0].direction_id };
  }
}
