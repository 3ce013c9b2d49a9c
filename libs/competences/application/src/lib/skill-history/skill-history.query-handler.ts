import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { SkillHistoryEntry } from '@maillage/competences/contracts';
import { skillStreamId } from '@maillage/competences/domain';
import { AGENT_NAMES, AgentNames } from '@maillage/directory/contracts';
import { DomainError, EVENT_STORE, EventStore } from '@maillage/shared/kernel';
import { COMPETENCES_READ_MODEL, CompetencesReadModel } from '../ports';
import { actorAgentIdsOf, skillHistoryOf } from './skill-history';

export class GetSkillHistoryQuery {
  constructor(readonly skillId: string) {}
}

/**
 * Read from the event store, not a read model: the log is the history. The survivor of a
 * merge learns which duplicates were merged into it from the referential's read model,
 * then reads their `SkillsMerged` events from their own streams.
 */
@QueryHandler(GetSkillHistoryQuery)
export class GetSkillHistoryHandler implements IQueryHandler<GetSkillHistoryQuery, SkillHistoryEntry[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(COMPETENCES_READ_MODEL) private readonly readModel: CompetencesReadModel,
    @Inject(AGENT_NAMES) private readonly agentNames: AgentNames,
  ) {}

  async execute({ skillId }: GetSkillHistoryQuery): Promise<SkillHistoryEntry[]> {
    const own = await this.store.readStream(skillStreamId(skillId));
    if (own.length === 0) throw new DomainError('COMPETENCES.SKILL_NOT_FOUND', 'not_found', 'Compétence introuvable.', { skillId });
    const duplicates = await this.readModel.skillsMergedInto(skillId);
    const mergesIn = (await Promise.all(duplicates.map((d) => this.store.readStream(skillStreamId(d.skillId)))))
      .flat()
      .filter((e) => e.type === 'SkillsMerged' && (e.data as { intoSkillId?: string }).intoSkillId === skillId);
    const events = [...own, ...mergesIn];
    const mergedIds = events.filter((e) => e.type === 'SkillsMerged').flatMap((e) => Object.values(e.data as Record<string, string>));
    const [agents, skills] = await Promise.all([this.agentNames.displayNamesOf(actorAgentIdsOf(events)), this.labelsOf([...new Set([skillId, ...mergedIds])])]);
    return skillHistoryOf(events, { agents, skills });
  }

  private async labelsOf(skillIds: readonly string[]): Promise<ReadonlyMap<string, string>> {
    const found = await Promise.all(skillIds.map((id) => this.readModel.findSkill(id)));
    return new Map(found.filter((s) => s !== null).map((s) => [s.skillId, s.label]));
  }
}
