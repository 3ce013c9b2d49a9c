import type { SkillHistoryEntry } from '@maillage/competences/contracts';
import type { SkillEvent } from '@maillage/competences/domain';
import type { RecordedEvent } from '@maillage/shared/kernel';

export const SYSTEM_ACTOR = 'système';

export interface HistoryNames {
  /** Agents' display names by agent id (missing: the actor reads « système »). */
  readonly agents: ReadonlyMap<string, string>;
  /** Current skill labels by skill id (missing: the id itself). */
  readonly skills: ReadonlyMap<string, string>;
}

/** The agents whose names a history needs. */
export const actorAgentIdsOf = (events: readonly RecordedEvent[]): string[] =>
  [...new Set(events.map((e) => e.metadata.actorAgentId).filter((id): id is string => !!id))];

/**
 * A skill's own events, plus the `SkillsMerged` events of the duplicates merged into it
 * (they live in the duplicates' streams), oldest first, in words the page can render.
 */
export function skillHistoryOf(events: readonly RecordedEvent[], names: HistoryNames): SkillHistoryEntry[] {
  const label = (skillId: string) => names.skills.get(skillId) ?? skillId;
  return [...events]
    .sort((a, b) => a.metadata.occurredAt.localeCompare(b.metadata.occurredAt))
    .flatMap((recorded): SkillHistoryEntry[] => {
      const base = {
        occurredAt: recorded.metadata.occurredAt,
        actor: (recorded.metadata.actorAgentId && names.agents.get(recorded.metadata.actorAgentId)) || SYSTEM_ACTOR,
      };
      const event = { type: recorded.type, data: recorded.data } as SkillEvent;
      switch (event.type) {
        case 'SkillDefined':
          return [{ ...base, type: 'SkillDefined', data: { label: event.data.label, domain: event.data.domain, synonyms: event.data.synonyms } }];
        case 'SkillRenamed':
          return [{ ...base, type: 'SkillRenamed', data: { from: event.data.from, to: event.data.to } }];
        case 'SkillSynonymAdded':
          return [{ ...base, type: 'SkillSynonymAdded', data: { synonym: event.data.synonym } }];
        case 'SkillsMerged': {
          const { skillId, intoSkillId } = event.data;
          return [{ ...base, type: 'SkillsMerged', data: { skillId, skillLabel: label(skillId), intoSkillId, intoLabel: label(intoSkillId) } }];
        }
        default:
          // An event type added later shows up once this function learns to word it.
          return [];
      }
    });
}
