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
});
