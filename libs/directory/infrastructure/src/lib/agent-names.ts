import { Inject, Injectable } from '@nestjs/common';
import { AgentNames } from '@maillage/directory/contracts';
import { SQL, Sql } from '@maillage/shared/kernel';

@Injectable()
export class PostgresAgentNames implements AgentNames {
  constructor(@Inject(SQL) private readonly db: Sql) {}

  async displayNameOf(agentId: string): Promise<string | null> {
    return (await this.displayNamesOf([agentId])).get(agentId) ?? null;
  }

  async displayNamesOf(agentIds: readonly string[]): Promise<ReadonlyMap<string, string>> {
    const rows = await this.db.query<{ id: string; name: string }>(
      `SELECT id, first_name || ' ' || coalesce(usual_name, last_name) AS name FROM directory_agents WHERE id = ANY($1::uuid[])`,
      [agentIds],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async unitNamesOf(unitIds: readonly string[]): Promise<ReadonlyMap<string, string>> {
    const rows = await this.db.query<{ id: string; name: string }>('SELECT id, name FROM directory_org_units WHERE id = ANY($1::uuid[])', [unitIds]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
