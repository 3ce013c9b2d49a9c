import { Inject, Injectable } from '@nestjs/common';
import { AgentSkillEvent, agentSkillsDecider, agentSkillsStreamId } from '@maillage/competences/domain';
import { EVENT_STORE, EventStore, PersonalDataSource, PersonalDataSubject, exportedEvent, SQL, Sql } from '@maillage/shared/kernel';
import { ExportsPersonalData } from '@maillage/shared/nest';

/**
 * Competences' part of the export: the agent's own `agentskills-<id>` stream
 * and the skills it folds to, with their labels. Saved team proposals are
 * left out: they describe other people, as shown to their author.
 */
@ExportsPersonalData()
@Injectable()
export class CompetencesPersonalData implements PersonalDataSource {
  readonly context = 'competences';

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL) private readonly db: Sql,
  ) {}

  async exportFor({ agentId }: PersonalDataSubject) {
    const events = await this.store.readStream(agentSkillsStreamId(agentId));
    const state = events.reduce((s, e) => agentSkillsDecider.evolve(s, { type: e.type, data: e.data } as AgentSkillEvent), agentSkillsDecider.initialState());
    const skills = [...state.values()];
    const labels = await this.db.query<{ skill_id: string; label: string }>('SELECT skill_id, label FROM competences_skills WHERE skill_id = ANY($1::text[])', [
      skills.map((s) => s.skillId),
    ]);
    const labelOf = new Map(labels.map((l) => [l.skill_id, l.label]));
    return {
      skills: skills.map((s) => ({ ...s, label: labelOf.get(s.skillId) ?? null })),
      events: events.map((e) => exportedEvent(e)),
    };
  }
}
