import { deciderSpec } from '@maillage/shared/testing';
import { upcastAgentSkillEvent } from './agent-skill-upcaster';
import { AgentSkillEvent, agentSkillsDecider } from './agent-skills';

/**
 * Golden shapes: `SELECT type, data::text FROM events` for what `PATCH /api/me/skills/:id` with
 * `{"scope": null}` and `{"wishesToDevelop": null}` appended before the deciders checked their input.
 */
const agentId = '3f1d2c4b-6a7e-4b8c-9d0e-1f2a3b4c5d6e';
const stored = (type: string, json: string) => ({ type, data: JSON.parse(json) }) as AgentSkillEvent;
const nullScope = stored('SkillSharingChanged', `{"scope": null, "agentId": "${agentId}", "skillId": "sig"}`);
const nullWish = stored('DevelopmentWishChanged', `{"agentId": "${agentId}", "skillId": "sig", "wishesToDevelop": null}`);
const declared = stored(
  'AgentSkillDeclared',
  `{"level": "pratique", "scope": "everyone", "agentId": "${agentId}", "skillId": "sig", "wishesToDevelop": true}`,
);

describe('agent-skill events as stored', () => {
  it('reads a null scope as hidden and a null wish as no wish', () => {
    expect(upcastAgentSkillEvent(nullScope).data).toEqual({ agentId, skillId: 'sig', scope: 'hidden' });
    expect(upcastAgentSkillEvent(nullWish).data).toEqual({ agentId, skillId: 'sig', wishesToDevelop: false });
  });

  it('reads any other value outside its type fail-closed too', () => {
    expect(upcastAgentSkillEvent(stored('SkillSharingChanged', `{"scope": "public", "agentId": "${agentId}", "skillId": "sig"}`)).data).toMatchObject({ scope: 'hidden' });
    expect(upcastAgentSkillEvent(stored('AgentSkillLevelChanged', `{"level": 7, "agentId": "${agentId}", "skillId": "sig"}`)).data).toMatchObject({ level: null });
    expect(upcastAgentSkillEvent(stored('AgentSkillDeclared', `{"agentId": "${agentId}", "skillId": "sig", "level": null}`)).data).toEqual({
      agentId, skillId: 'sig', level: null, wishesToDevelop: false, scope: 'hidden',
    });
  });

  it('returns well-formed events and other types as they are', () => {
    expect(upcastAgentSkillEvent(declared)).toBe(declared);
    const other = { type: 'SkillDefined', data: { skillId: 'sig', label: 'SIG', domain: 'Numérique', synonyms: [] } };
    expect(upcastAgentSkillEvent(other)).toBe(other);
  });

  it('replays a history holding them without throwing, the skill hidden and without a wish', () => {
    const spec = deciderSpec(agentSkillsDecider);
    const update = { type: 'UpdateSkill' as const, agentId, declarantAgentId: agentId, skillId: 'sig' };
    // Hidden and no wish already: asking for them again records nothing.
    spec.given([declared, nullScope, nullWish]).when({ ...update, scope: 'hidden', wishesToDevelop: false }).then([]);
    spec.given([declared, nullScope]).when({ ...update, scope: 'everyone' }).then([{ type: 'SkillSharingChanged', data: { agentId, skillId: 'sig', scope: 'everyone' } }]);
  });
});
