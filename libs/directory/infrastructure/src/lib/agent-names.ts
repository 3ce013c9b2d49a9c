import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgentNames } from '@maillage/directory/contracts';
import { DataSource } from 'typeorm';

@Injectable()
export class PostgresAgentNames implements AgentNames {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async displayNameOf(agentId: string): Promise<string | null> {
    return (await this.displayNamesOf([agentId])).get(agentId) ?? null;
  }

  async displayNamesOf(agentIds: readonly string[]): Promise<ReadonlyMap<string, string>> {
    const rows: { id: string; name: string }[] = await this.db.query(
      `SELECT id, first_name || ' ' || coalesce(usual_name, last_name) AS name FROM directory_agents WHERE id = ANY($1::uuid[])`,
      [agentIds],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async unitNamesOf(unitIds: readonly string[]): Promise<ReadonlyMap<string, string>> {
    const rows: { id: string; name: string }[] = await this.db.query('SELECT id, name FROM directory_org_units WHERE id = ANY($1::uuid[])', [unitIds]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
