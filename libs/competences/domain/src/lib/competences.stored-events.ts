import { StoredEventCatalog, upcaster } from '@maillage/shared/kernel';
import type { AgentSkillEvent } from './agent-skills';
import type { SkillEvent } from './skill';
import { SkillLevel, SkillScope, isSkillLevel, isSkillScope } from './skill-values';

type Data<E extends { type: string; data: unknown }, T extends E['type']> = Extract<E, { type: T }>['data'];
type Current<T extends CompetencesEvent['type']> = Data<CompetencesEvent, T>;
export type CompetencesEvent = SkillEvent | AgentSkillEvent;

/**
 * Every shape the competences context has stored, per event type and schema version. Version 1
 * of the agent-skill changes predates the deciders' input checks (issue 8): `PATCH
 * /api/me/skills/:id` with `{"scope": null}` or `{"wishesToDevelop": null}` stored those nulls,
 * so a version-1 level, scope or wish may hold anything.
 */
export interface CompetencesStoredEvents {
  SkillDefined: { 1: Current<'SkillDefined'> };
  SkillRenamed: { 1: Current<'SkillRenamed'> };
  SkillSynonymAdded: { 1: Current<'SkillSynonymAdded'> };
  SkillsMerged: { 1: Current<'SkillsMerged'> };
  AgentSkillDeclared: {
    1: { readonly agentId: string; readonly skillId: string; readonly level?: unknown; readonly wishesToDevelop?: unknown; readonly scope?: unknown };
    2: Current<'AgentSkillDeclared'>;
  };
  AgentSkillLevelChanged: { 1: { readonly agentId: string; readonly skillId: string; readonly level?: unknown }; 2: Current<'AgentSkillLevelChanged'> };
  SkillSharingChanged: { 1: { readonly agentId: string; readonly skillId: string; readonly scope?: unknown }; 2: Current<'SkillSharingChanged'> };
  DevelopmentWishChanged: { 1: { readonly agentId: string; readonly skillId: string; readonly wishesToDevelop?: unknown }; 2: Current<'DevelopmentWishChanged'> };
  AgentSkillWithdrawn: { 1: Current<'AgentSkillWithdrawn'> };
}

/** The version written today, per event type: a `Record` over the union, so none can be missing. */
export const COMPETENCES_EVENT_VERSIONS = {
  SkillDefined: 1,
  SkillRenamed: 1,
  SkillSynonymAdded: 1,
  SkillsMerged: 1,
  AgentSkillDeclared: 2,
  AgentSkillLevelChanged: 2,
  SkillSharingChanged: 2,
  DevelopmentWishChanged: 2,
  AgentSkillWithdrawn: 1,
} as const satisfies Record<CompetencesEvent['type'], number> & Record<keyof CompetencesStoredEvents, number>;

export const COMPETENCES_EVENT_TYPES = Object.keys(COMPETENCES_EVENT_VERSIONS) as readonly CompetencesEvent['type'][];

/** Fail closed: a scope that is not one of ours shows the skill to nobody else. */
const scopeOf = (value: unknown): SkillScope => (isSkillScope(value) ? value : 'hidden');
/** Not a level we know: the agent did not state one. */
const levelOf = (value: unknown): SkillLevel | null => (isSkillLevel(value) ? value : null);
/** Not a boolean: no wish (a doubtful wish is not shown with the skill). */
const wishOf = (value: unknown): boolean => value === true;

const step = <T extends 'AgentSkillDeclared' | 'AgentSkillLevelChanged' | 'SkillSharingChanged' | 'DevelopmentWishChanged'>(
  type: T,
  upcast: (data: CompetencesStoredEvents[T][1]) => CompetencesStoredEvents[T][2],
) => upcaster<CompetencesStoredEvents, T, 1>(type, 1, upcast);

export const competencesStoredEvents: StoredEventCatalog = {
  context: 'competences',
  versions: COMPETENCES_EVENT_VERSIONS,
  upcasters: [
    step('AgentSkillDeclared', (d) => ({
      ...d,
      level: levelOf(d.level),
      wishesToDevelop: wishOf(d.wishesToDevelop),
      scope: scopeOf(d.scope),
    })),
    step('AgentSkillLevelChanged', (d) => ({ ...d, level: levelOf(d.level) })),
    step('SkillSharingChanged', (d) => ({ ...d, scope: scopeOf(d.scope) })),
    step('DevelopmentWishChanged', (d) => ({ ...d, wishesToDevelop: wishOf(d.wishesToDevelop) })),
  ],
};
