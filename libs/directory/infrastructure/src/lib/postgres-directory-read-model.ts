import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgentSearchCriteria, DirectoryReadModel } from '@maillage/directory/application';
import { AgentDirectoryEntry, AgentProfile, OrgUnitSummary, Page } from '@maillage/directory/contracts';
import { DataSource } from 'typeorm';
import { AgentDirectoryEntryEntity, OrgUnitEntity } from './directory.entities';
import { foldForSearch } from './search-text';

const displayName = (a: AgentDirectoryEntryEntity) => `${a.usualName ?? a.firstName} ${a.lastName}`;

/** Only fields everyone may see leave this class; sensitive HR fields come with the governance policy. */
@Injectable()
export class PostgresDirectoryReadModel implements DirectoryReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async searchAgents({ text, page, pageSize }: AgentSearchCriteria): Promise<Page<AgentDirectoryEntry>> {
    const query = this.db
      .getRepository(AgentDirectoryEntryEntity)
      .createQueryBuilder('a')
      .where('a.status <> :departed', { departed: 'departed' })
      .orderBy('a.sort_name')
      .addOrderBy('a.id')
      .skip((page - 1) * pageSize)
      .take(pageSize);
    const folded = foldForSearch(text);
    for (const [i, term] of folded.split(' ').filter(Boolean).entries()) {
      query.andWhere(`a.search_text LIKE :term${i}`, { [`term${i}`]: `%${escapeLike(term)}%` });
    }
    const [agents, total] = await query.getManyAndCount();
    const units = await this.unitsById();
    return { items: agents.map((a) => this.toEntry(a, units)), total, page, pageSize };
  }

  async findAgentProfile(agentId: string): Promise<AgentProfile | null> {
    const agent = await this.db.getRepository(AgentDirectoryEntryEntity).findOneBy({ id: agentId });
    if (!agent) return null;
    const manager = agent.managerId
      ? await this.db.getRepository(AgentDirectoryEntryEntity).findOneBy({ id: agent.managerId })
      : null;
    const units = await this.unitsById();
    return {
      ...this.toEntry(agent, units),
      usualName: agent.usualName,
      office: agent.office,
      managerId: agent.managerId,
      managerName: manager ? displayName(manager) : null,
      startDate: agent.startDate,
      version: agent.version,
    };
  }

  async listOrgUnits(): Promise<OrgUnitSummary[]> {
    const units = await this.db.getRepository(OrgUnitEntity).find({ order: { name: 'ASC' } });
    return units.map(({ id, name, kind, parentId }) => ({ id, name, kind, parentId }));
  }

  private async unitsById(): Promise<Map<string, OrgUnitEntity>> {
    // The unit tree is small (tens to a few thousand rows) and read whole.
    const units = await this.db.getRepository(OrgUnitEntity).find();
    return new Map(units.map((u) => [u.id, u]));
  }

  private toEntry(a: AgentDirectoryEntryEntity, units: Map<string, OrgUnitEntity>): AgentDirectoryEntry {
    const unit = a.unitId ? units.get(a.unitId) : undefined;
    const direction = unit?.kind === 'direction' ? unit : unit?.parentId ? units.get(unit.parentId) : undefined;
    return {
      id: a.id,
      displayName: displayName(a),
      firstName: a.firstName,
      lastName: a.lastName,
      postTitle: a.postTitle,
      unitId: a.unitId,
      unitName: unit?.name ?? null,
      directionName: direction?.name ?? null,
      workEmail: a.workEmail,
      workPhone: a.workPhone,
      status: a.status,
    };
  }
}

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);
