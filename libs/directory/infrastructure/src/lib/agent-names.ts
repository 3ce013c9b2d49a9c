import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgentNames } from '@maillage/directory/contracts';
import { DataSource } from 'typeorm';

@Injectable()
export class PostgresAgentNames implements AgentNames {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async displayNameOf(agentId: string): Promise<string | null> {
    const rows: { name: string }[] = await this.db.query(
      `SELECT first_name || ' ' || coalesce(usual_name, last_name) AS name FROM directory_agents WHERE id = $1`,
      [agentId],
    );
    return rows[0]?.name ?? null;
  }
}
