import type { AgentSkillEvent } from './agent-skills';
import { SkillLevel, SkillScope, isSkillLevel, isSkillScope } from './skill-values';

/** Fail closed: a scope that is not one of ours shows the skill to nobody else. */
const scopeOf = (value: unknown): SkillScope => (isSkillScope(value) ? value : 'hidden');
/** Not a level we know: the agent did not state one. */
const levelOf = (value: unknown): SkillLevel | null => (isSkillLevel(value) ? value : null);
/**
 * Not a boolean: no wish. `false` is what a declaration without a wish reads, a wish is shown
 * with the skill to whoever may see it (so a doubtful one is not), and it needs no earlier
 * state: every reader gets the same answer from the event alone.
 */
const wishOf = (value: unknown): boolean => value === true;

/**
 * Agent-skill events as they may sit in the log. Before the deciders checked their input (issue 8),
 * `PATCH /api/me/skills/:id` with `{"scope": null}` stored `SkillSharingChanged {…, "scope": null}`
 * and `{"wishesToDevelop": null}` stored `DevelopmentWishChanged {…, "wishesToDevelop": null}`.
 * Every reader of these events (the decider's evolve, the competences projection) reads them
 * through here, so each gets the same fail-closed value. Other events are returned as they are.
 * A later issue generalises this into an upcaster registry.
 */
export function upcastAgentSkillEvent<E extends { readonly type: string; readonly data: unknown }>(event: E): E {
  const data = event.data as Record<string, unknown>;
  const fixed = (changes: Record<string, unknown>): E =>
    Object.entries(changes).every(([key, value]) => data[key] === value) ? event : { ...event, data: { ...data, ...changes } };
  switch (event.type as AgentSkillEvent['type']) {
    case 'AgentSkillDeclared':
      return fixed({ level: levelOf(data['level']), wishesToDevelop: wishOf(data['wishesToDevelop']), scope: scopeOf(data['scope']) });
    case 'AgentSkillLevelChanged':
      return fixed({ level: levelOf(data['level']) });
    case 'SkillSharingChanged':
      return fixed({ scope: scopeOf(data['scope']) });
    case 'DevelopmentWishChanged':
      return fixed({ wishesToDevelop: wishOf(data['wishesToDevelop']) });
    default:
      return event;
  }
}
