import { Decider, DomainError, assertNever } from '@maillage/shared/kernel';
import { SkillLevel, SkillScope, isSkillLevel, isSkillScope } from './skill-values';

export { SKILL_LEVELS, SKILL_SCOPES } from './skill-values';
export type { SkillLevel, SkillScope } from './skill-values';

export interface DeclaredSkill {
  readonly skillId: string;
  readonly level: SkillLevel | null;
  readonly wishesToDevelop: boolean;
  readonly scope: SkillScope;
}

export type AgentSkillEvent =
  | { readonly type: 'AgentSkillDeclared'; readonly data: { readonly agentId: string } & DeclaredSkill }
  | { readonly type: 'AgentSkillLevelChanged'; readonly data: { readonly agentId: string; readonly skillId: string; readonly level: SkillLevel | null } }
  | { readonly type: 'SkillSharingChanged'; readonly data: { readonly agentId: string; readonly skillId: string; readonly scope: SkillScope } }
  | { readonly type: 'DevelopmentWishChanged'; readonly data: { readonly agentId: string; readonly skillId: string; readonly wishesToDevelop: boolean } }
  | { readonly type: 'AgentSkillWithdrawn'; readonly data: { readonly agentId: string; readonly skillId: string } };

export type AgentSkillCommand =
  | { readonly type: 'DeclareSkill'; readonly agentId: string; readonly declarantAgentId: string | null; readonly skill: Omit<DeclaredSkill, 'scope'> & { readonly scope?: SkillScope }; readonly skillIsActive: boolean; readonly mergedSkillIds?: readonly string[] }
  | { readonly type: 'UpdateSkill'; readonly agentId: string; readonly declarantAgentId: string | null; readonly skillId: string; readonly level?: SkillLevel | null; readonly scope?: SkillScope; readonly wishesToDevelop?: boolean }
  | { readonly type: 'WithdrawSkill'; readonly agentId: string; readonly declarantAgentId: string | null; readonly skillId: string };

export type AgentSkillsState = ReadonlyMap<string, DeclaredSkill>;

export const agentSkillsStreamId = (agentId: string): string => `agentskills-${agentId}`;

/** Events arrive in their current shape: the event store upcasts what older versions stored. */
function evolve(state: AgentSkillsState, event: AgentSkillEvent): AgentSkillsState {
  const next = new Map(state);
  const current = next.get(event.data.skillId);
  switch (event.type) {
    case 'AgentSkillDeclared': {
      const { agentId: _agentId, ...skill } = event.data;
      next.set(skill.skillId, skill);
      return next;
    }
    case 'AgentSkillLevelChanged':
      if (current) next.set(current.skillId, { ...current, level: event.data.level });
      return next;
    case 'SkillSharingChanged':
      if (current) next.set(current.skillId, { ...current, scope: event.data.scope });
      return next;
    case 'DevelopmentWishChanged':
      if (current) next.set(current.skillId, { ...current, wishesToDevelop: event.data.wishesToDevelop });
      return next;
    case 'AgentSkillWithdrawn':
      next.delete(event.data.skillId);
      return next;
    default:
      return state;
  }
}

/** The unions' condition: an agent's skills are theirs to declare, level and share. */
function requireSelf(command: AgentSkillCommand): void {
  if (command.declarantAgentId !== command.agentId) {
    throw new DomainError('COMPETENCES.ONLY_THE_AGENT', 'forbidden', 'Seul l’agent lui-même déclare ses compétences, leur niveau et qui peut les voir.');
  }
}

const invalid = (code: string, message: string) => new DomainError(code, 'invalid', message);
const LEVEL_INVALID = () => invalid('COMPETENCES.LEVEL_INVALID', 'Le niveau doit être « notions », « pratique », « maitrise », « expertise » ou non précisé.');
const SCOPE_INVALID = () => invalid('COMPETENCES.SCOPE_INVALID', 'Choisissez qui peut voir la compétence : « hidden », « staffing », « hierarchy » ou « everyone ».');
const WISH_INVALID = () => invalid('COMPETENCES.WISH_INVALID', 'Le souhait de progresser vaut oui (true) ou non (false).');

/**
 * The last line of defence behind request validation: a value outside its type never becomes
 * an event (a stored `"scope": null` once stalled the competences projection, issue 8).
 * In an update, `undefined` means "unchanged"; a level may be `null` (not stated), nothing else may.
 */
function requireWellFormed(command: AgentSkillCommand): void {
  const skillId = command.type === 'DeclareSkill' ? command.skill.skillId : command.skillId;
  if (typeof skillId !== 'string' || !skillId.trim()) throw invalid('COMPETENCES.SKILL_REQUIRED', 'Indiquez la compétence.');
  if (command.type === 'DeclareSkill') {
    const { level, wishesToDevelop, scope } = command.skill;
    if (level !== null && !isSkillLevel(level)) throw LEVEL_INVALID();
    if (typeof wishesToDevelop !== 'boolean') throw WISH_INVALID();
    if (scope !== undefined && !isSkillScope(scope)) throw SCOPE_INVALID();
  }
  if (command.type === 'UpdateSkill') {
    if (command.level !== undefined && command.level !== null && !isSkillLevel(command.level)) throw LEVEL_INVALID();
    if (command.scope !== undefined && !isSkillScope(command.scope)) throw SCOPE_INVALID();
    if (command.wishesToDevelop !== undefined && typeof command.wishesToDevelop !== 'boolean') throw WISH_INVALID();
  }
}

function decide(command: AgentSkillCommand, state: AgentSkillsState): AgentSkillEvent[] {
  requireSelf(command);
  requireWellFormed(command);
  switch (command.type) {
    case 'DeclareSkill': {
      if (!command.skillIsActive) throw new DomainError('COMPETENCES.SKILL_NOT_FOUND', 'invalid', 'Cette compétence n’existe pas dans le référentiel.');
      // A declaration of a skill since merged into this one already is this skill (the read model shows it under the survivor):
      // a second one would show the skill twice, and hiding one would leave the other shared.
      if (state.has(command.skill.skillId)) throw new DomainError('COMPETENCES.ALREADY_DECLARED', 'conflict', 'Vous avez déjà déclaré cette compétence.');
      if ((command.mergedSkillIds ?? []).some((skillId) => state.has(skillId))) {
        throw new DomainError('COMPETENCES.ALREADY_DECLARED', 'conflict', 'Vous avez déjà cette compétence : celle que vous aviez déclarée lui a été fusionnée. Modifiez-la plutôt que de la déclarer à nouveau.');
      }
      return [{ type: 'AgentSkillDeclared', data: { agentId: command.agentId, ...command.skill, scope: command.skill.scope ?? 'hidden' } }];
    }
    case 'UpdateSkill': {
      const current = state.get(command.skillId);
      if (!current) throw new DomainError('COMPETENCES.NOT_DECLARED', 'not_found', 'Vous n’avez pas déclaré cette compétence.');
      const events: AgentSkillEvent[] = [];
      const base = { agentId: command.agentId, skillId: command.skillId };
      if (command.level !== undefined && command.level !== current.level) events.push({ type: 'AgentSkillLevelChanged', data: { ...base, level: command.level } });
      if (command.scope !== undefined && command.scope !== current.scope) events.push({ type: 'SkillSharingChanged', data: { ...base, scope: command.scope } });
      if (command.wishesToDevelop !== undefined && command.wishesToDevelop !== current.wishesToDevelop) {
        events.push({ type: 'DevelopmentWishChanged', data: { ...base, wishesToDevelop: command.wishesToDevelop } });
      }
      return events;
    }
    case 'WithdrawSkill':
      return state.has(command.skillId) ? [{ type: 'AgentSkillWithdrawn', data: { agentId: command.agentId, skillId: command.skillId } }] : [];
    default:
      return assertNever(command);
  }
}

export const agentSkillsDecider: Decider<AgentSkillCommand, AgentSkillEvent, AgentSkillsState> = {
  decide,
  evolve,
  initialState: () => new Map(),
};
