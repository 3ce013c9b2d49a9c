import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationLookup } from '@maillage/directory/application';
import { DataSource } from 'typeorm';

@Injectable()
export class PostgresOrganisationLookup implements OrganisationLookup {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async managerChain(agentId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `WITH RECURSIVE chain AS (
         SELECT id, manager_id, 0 AS depth FROM directory_agents WHERE id = $1
         UNION ALL
         SELECT m.id, m.manager_id, c.depth + 1 FROM chain c JOIN directory_agents m ON m.id = c.manager_id WHERE c.depth < 64)
       SELECT id FROM chain ORDER BY depth`,
      [agentId],
    );
    return rows.map((r) => r.id);
  }

  async agentStatus(agentId: string): Promise<'active' | 'on_leave' | 'departed' | null> {
    const rows: { status: 'active' | 'on_leave' | 'departed' }[] = await this.db.query('SELECT status FROM directory_agents WHERE id = $1', [agentId]);
    return rows[0]?.status ?? null;
  }

  async unitLineage(unitId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `WITH RECURSIVE lineage AS (
         SELECT id, parent_id, 0 AS depth FROM directory_org_units WHERE id = $1
         UNION ALL
         SELECT p.id, p.parent_id, l.depth + 1 FROM lineage l JOIN directory_org_units p ON p.id = l.parent_id WHERE l.depth < 64)
       SELECT id FROM lineage ORDER BY depth`,
      [unitId],
    );
    return rows.map((r) => r.id);
  }

  async unitState(unitId: string): Promise<{ closed: boolean; activeAgents: number; openChildren: number } | null> {
    const rows: { closed: boolean; activeAgents: number; openChildren: number }[] = await this.db.query(
      `SELECT u.closed,
              (SELECT count(*)::int FROM directory_agents a WHERE a.unit_id = u.id AND a.status <> 'departed') AS "activeAgents",
              (SELECT count(*)::int FROM directory_org_units c WHERE c.parent_id = u.id AND NOT c.closed) AS "openChildren"
       FROM directory_org_units u WHERE u.id = $1`,
      [unitId],
    );
    return rows[0] ?? null;
  }
}
