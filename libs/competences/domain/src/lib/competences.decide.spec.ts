import { deciderSpec } from '@maillage/shared/testing';
import { AgentSkillEvent, agentSkillsDecider } from './agent-skills';
import { skillDecider } from './skill';

describe('skill referential', () => {
  const spec = deciderSpec(skillDecider);
  const defined = { type: 'SkillDefined' as const, data: { skillId: 's-sig', label: 'SIG', domain: 'Numérique', synonyms: ['système d’information géographique'] } };

  it('defines a skill with its synonyms', () => {
    spec.given([]).when({ type: 'DefineSkill', skillId: 's-sig', label: ' SIG ', domain: 'Numérique', synonyms: ['système d’information géographique', ''] }).then([defined]);
  });

  it('merges a duplicate into the surviving skill, and refuses further changes to it', () => {
    spec.given([defined]).when({ type: 'MergeSkill', skillId: 's-sig', intoSkillId: 's-geo', intoIsActive: true }).then([
      { type: 'SkillsMerged', data: { skillId: 's-sig', intoSkillId: 's-geo' } },
    ]);
    spec.given([defined, { type: 'SkillsMerged', data: { skillId: 's-sig', intoSkillId: 's-geo' } }]).when({ type: 'RenameSkill', skillId: 's-sig', label: 'SIG 2' }).thenThrows('COMPETENCES.SKILL_MERGED');
  });

  it('refuses to merge a skill into itself or into a skill that is gone', () => {
    spec.given([defined]).when({ type: 'MergeSkill', skillId: 's-sig', intoSkillId: 's-sig', intoIsActive: true }).thenThrows('COMPETENCES.MERGE_INTO_ITSELF');
    spec.given([defined]).when({ type: 'MergeSkill', skillId: 's-sig', intoSkillId: 's-x', intoIsActive: false }).thenThrows('COMPETENCES.MERGE_TARGET_INACTIVE');
  });
});

describe('skill referential refuses values outside their type', () => {
  const spec = deciderSpec(skillDecider);
  const defined = { type: 'SkillDefined' as const, data: { skillId: 's-sig', label: 'SIG', domain: 'Numérique', synonyms: [] } };
  const loose = <T>(value: unknown) => value as T;

  it('refuses a skill without a label, a domain or an id', () => {
    spec.given([]).when({ type: 'DefineSkill', skillId: 's-x', label: loose<string>(null), domain: 'Numérique', synonyms: [] }).thenThrows('COMPETENCES.LABEL_REQUIRED');
    spec.given([]).when({ type: 'DefineSkill', skillId: 's-x', label: 'SIG', domain: '   ', synonyms: [] }).thenThrows('COMPETENCES.LABEL_REQUIRED');
    spec.given([]).when({ type: 'DefineSkill', skillId: '', label: '!!', domain: 'Numérique', synonyms: [] }).thenThrows('COMPETENCES.SKILL_ID_REQUIRED');
  });

  it('refuses synonyms that are not a list of texts', () => {
    spec.given([]).when({ type: 'DefineSkill', skillId: 's-x', label: 'SIG', domain: 'Numérique', synonyms: loose<string[]>(null) }).thenThrows('COMPETENCES.SYNONYMS_INVALID');
    spec.given([]).when({ type: 'DefineSkill', skillId: 's-x', label: 'SIG', domain: 'Numérique', synonyms: loose<string[]>(['cartographie', 3]) }).thenThrows('COMPETENCES.SYNONYMS_INVALID');
  });

  it('refuses a null label, a blank synonym and a merge into nothing', () => {
    spec.given([defined]).when({ type: 'RenameSkill', skillId: 's-sig', label: loose<string>(null) }).thenThrows('COMPETENCES.LABEL_REQUIRED');
    spec.given([defined]).when({ type: 'AddSkillSynonym', skillId: 's-sig', synonym: '  ' }).thenThrows('COMPETENCES.LABEL_REQUIRED');
    spec.given([defined]).when({ type: 'MergeSkill', skillId: 's-sig', intoSkillId: loose<string>(null), intoIsActive: true }).thenThrows('COMPETENCES.MERGE_TARGET_REQUIRED');
  });
});

describe('agent skills', () => {
  const spec = deciderSpec(agentSkillsDecider);
  const declared: AgentSkillEvent = { type: 'AgentSkillDeclared', data: { agentId: 'a-1', skillId: 's-sig', level: 'pratique', wishesToDevelop: false, scope: 'hidden' } };

  it('keeps a newly declared skill hidden unless the agent chooses otherwise', () => {
    spec.given([]).when({ type: 'DeclareSkill', agentId: 'a-1', declarantAgentId: 'a-1', skillIsActive: true, skill: { skillId: 's-sig', level: 'pratique', wishesToDevelop: false } }).then([declared]);
  });

  it('lets nobody but the agent set their level', () => {
    spec.given([declared]).when({ type: 'UpdateSkill', agentId: 'a-1', declarantAgentId: 'a-manager', skillId: 's-sig', level: 'expertise' }).thenThrows('COMPETENCES.ONLY_THE_AGENT');
  });

  it('records only what changes when the agent updates a skill', () => {
    spec.given([declared]).when({ type: 'UpdateSkill', agentId: 'a-1', declarantAgentId: 'a-1', skillId: 's-sig', level: 'pratique', scope: 'staffing' }).then([
      { type: 'SkillSharingChanged', data: { agentId: 'a-1', skillId: 's-sig', scope: 'staffing' } },
    ]);
  });

  it('withdraws a skill, and ignores withdrawing it twice', () => {
    spec.given([declared]).when({ type: 'WithdrawSkill', agentId: 'a-1', declarantAgentId: 'a-1', skillId: 's-sig' }).then([{ type: 'AgentSkillWithdrawn', data: { agentId: 'a-1', skillId: 's-sig' } }]);
    spec.given([]).when({ type: 'WithdrawSkill', agentId: 'a-1', declarantAgentId: 'a-1', skillId: 's-sig' }).then([]);
  });

  it('refuses a skill that is not in the referential, or declared twice', () => {
    spec.given([]).when({ type: 'DeclareSkill', agentId: 'a-1', declarantAgentId: 'a-1', skillIsActive: false, skill: { skillId: 's-x', level: null, wishesToDevelop: true } }).thenThrows('COMPETENCES.SKILL_NOT_FOUND');
    spec.given([declared]).when({ type: 'DeclareSkill', agentId: 'a-1', declarantAgentId: 'a-1', skillIsActive: true, skill: { skillId: 's-sig', level: null, wishesToDevelop: true } }).thenThrows('COMPETENCES.ALREADY_DECLARED');
  });

  it('refuses a skill the agent already holds through a merge, so it never shows twice with two sharing choices', () => {
    const sig = { skillId: 's-sig', level: null, wishesToDevelop: false, scope: 'everyone' as const };
    spec.given([declared]).when({ type: 'DeclareSkill', agentId: 'a-1', declarantAgentId: 'a-1', skillIsActive: true, mergedSkillIds: ['s-cartographie', 's-sig'], skill: { ...sig, skillId: 's-geomatique' } })
      .thenThrows('COMPETENCES.ALREADY_DECLARED');
    spec.given([declared]).when({ type: 'DeclareSkill', agentId: 'a-1', declarantAgentId: 'a-1', skillIsActive: true, mergedSkillIds: ['s-cartographie'], skill: { ...sig, skillId: 's-geomatique' } })
      .then([{ type: 'AgentSkillDeclared', data: { agentId: 'a-1', ...sig, skillId: 's-geomatique' } }]);
  });

  describe('refuses values outside their type, and appends nothing', () => {
    const loose = <T>(value: unknown) => value as T;
    const update = (changes: Record<string, unknown>) => ({ type: 'UpdateSkill' as const, agentId: 'a-1', declarantAgentId: 'a-1', skillId: 's-sig', ...changes });
    const declare = (skill: Record<string, unknown>) => ({
      type: 'DeclareSkill' as const, agentId: 'a-1', declarantAgentId: 'a-1', skillIsActive: true,
      skill: loose<{ skillId: string; level: null; wishesToDevelop: boolean }>({ skillId: 's-geo', level: null, wishesToDevelop: false, ...skill }),
    });

    it('refuses a null or unknown scope (the request that froze the read model)', () => {
      spec.given([declared]).when(update({ scope: null })).thenThrows('COMPETENCES.SCOPE_INVALID');
      spec.given([declared]).when(update({ scope: 'public' })).thenThrows('COMPETENCES.SCOPE_INVALID');
      spec.given([]).when(declare({ scope: null })).thenThrows('COMPETENCES.SCOPE_INVALID');
    });

    it('refuses a wish to develop that is not a boolean', () => {
      spec.given([declared]).when(update({ wishesToDevelop: null })).thenThrows('COMPETENCES.WISH_INVALID');
      spec.given([declared]).when(update({ wishesToDevelop: 'true' })).thenThrows('COMPETENCES.WISH_INVALID');
      spec.given([]).when(declare({ wishesToDevelop: null })).thenThrows('COMPETENCES.WISH_INVALID');
    });

    it('refuses an unknown level, and accepts null as "not stated"', () => {
      spec.given([declared]).when(update({ level: 'grand maître' })).thenThrows('COMPETENCES.LEVEL_INVALID');
      spec.given([]).when(declare({ level: 3 })).thenThrows('COMPETENCES.LEVEL_INVALID');
      spec.given([declared]).when(update({ level: null })).then([{ type: 'AgentSkillLevelChanged', data: { agentId: 'a-1', skillId: 's-sig', level: null } }]);
    });

    it('refuses a declaration without a skill', () => {
      spec.given([]).when(declare({ skillId: null })).thenThrows('COMPETENCES.SKILL_REQUIRED');
      spec.given([]).when(declare({ skillId: '  ' })).thenThrows('COMPETENCES.SKILL_REQUIRED');
    });
  });
});
