import { Decider, DomainError, assertNever } from '@maillage/shared/kernel';

/** Self-declared, never set by anyone else: notions, pratique, maîtrise, expertise. */
export const SKILL_LEVELS = ['notions', 'pratique', 'maitrise', 'expertise'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

/** Who may see one declared skill. Privacy by default: hidden (only the agent). */
export const SKILL_SCOPES = ['hidden', 'staffing', 'hierarchy', 'everyone'] as const;
export type SkillScope = (typeof SKILL_SCOPES)[number];

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
  | { readonly type: 'DeclareSkill'; readonly agentId: string; readonly declarantAgentId: string | null; readonly skill: Omit<DeclaredSkill, 'scope'> & { readonly scope?: SkillScope }; readonly skillIsActive: boolean }
  | { readonly type: 'UpdateSkill'; readonly agentId: string; readonly declarantAgentId: string | null; readonly skillId: string; readonly level?: SkillLevel | null; readonly scope?: SkillScope; readonly wishesToDevelop?: boolean }
  | { readonly type: 'WithdrawSkill'; readonly agentId: string; readonly declarantAgentId: string | null; readonly skillId: string };

export type AgentSkillsState = ReadonlyMap<string, DeclaredSkill>;

export const agentSkillsStreamId = (agentId: string): string => `agentskills-${agentId}`;

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

function decide(command: AgentSkillCommand, state: AgentSkillsState): AgentSkillEvent[] {
  requireSelf(command);
  switch (command.type) {
    case 'DeclareSkill': {
      if (!command.skillIsActive) throw new DomainError('COMPETENCES.SKILL_NOT_FOUND', 'invalid', 'Cette compétence n’existe pas dans le référentiel.');
      if (state.has(command.skill.skillId)) throw new DomainError('COMPETENCES.ALREADY_DECLARED', 'conflict', 'Vous avez déjà déclaré cette compétence.');
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
