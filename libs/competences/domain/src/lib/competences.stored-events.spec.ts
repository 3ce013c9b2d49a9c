import { UpcasterRegistry } from '@maillage/shared/kernel';
import { deciderSpec } from '@maillage/shared/testing';
import { AgentSkillEvent, agentSkillsDecider } from './agent-skills';
import { competencesStoredEvents } from './competences.stored-events';

/**
 * Golden shapes: `SELECT type, schema_version, data::text FROM events` for what `PATCH
 * /api/me/skills/:id` with `{"scope": null}` and `{"wishesToDevelop": null}` appended (version 1)
 * before the deciders checked their input.
 */
const registry = new UpcasterRegistry([competencesStoredEvents]);
const agentId = '3f1d2c4b-6a7e-4b8c-9d0e-1f2a3b4c5d6e';
const stored = (type: string, json: string, schemaVersion = 1) => ({ type, schemaVersion, data: JSON.parse(json) as unknown });
const read = (event: ReturnType<typeof stored>) => registry.upcast(event);
const nullScope = stored('SkillSharingChanged', `{"scope": null, "agentId": "${agentId}", "skillId": "sig"}`);
const nullWish = stored('DevelopmentWishChanged', `{"agentId": "${agentId}", "skillId": "sig", "wishesToDevelop": null}`);
const declared = stored('AgentSkillDeclared', `{"level": "pratique", "scope": "everyone", "agentId": "${agentId}", "skillId": "sig", "wishesToDevelop": true}`);

describe('competences events as stored', () => {
  it('reads a version-1 null scope as hidden and a null wish as no wish, at version 2', () => {
    expect(read(nullScope)).toEqual({ type: 'SkillSharingChanged', schemaVersion: 2, data: { agentId, skillId: 'sig', scope: 'hidden' } });
    expect(read(nullWish).data).toEqual({ agentId, skillId: 'sig', wishesToDevelop: false });
  });

  it('reads any other version-1 value outside its type fail-closed too', () => {
    expect(read(stored('SkillSharingChanged', `{"scope": "public", "agentId": "${agentId}", "skillId": "sig"}`)).data).toMatchObject({ scope: 'hidden' });
    expect(read(stored('AgentSkillLevelChanged', `{"level": 7, "agentId": "${agentId}", "skillId": "sig"}`)).data).toMatchObject({ level: null });
    expect(read(stored('AgentSkillDeclared', `{"agentId": "${agentId}", "skillId": "sig", "level": null}`)).data).toEqual({
      agentId, skillId: 'sig', level: null, wishesToDevelop: false, scope: 'hidden',
    });
  });

  it('keeps well-formed version-1 values, and returns current versions and other types as they are', () => {
    expect(read(declared).data).toEqual(declared.data);
    const current = stored('SkillSharingChanged', `{"scope": "everyone", "agentId": "${agentId}", "skillId": "sig"}`, 2);
    expect(read(current)).toBe(current);
    const defined = stored('SkillDefined', '{"skillId": "sig", "label": "SIG", "domain": "Numérique", "synonyms": []}');
    expect(read(defined)).toBe(defined);
  });

  it('writes today’s agent-skill changes as version 2, the referential as version 1', () => {
    expect(registry.versionOf({ type: 'SkillSharingChanged' })).toBe(2);
    expect(registry.versionOf({ type: 'SkillDefined' })).toBe(1);
  });

  it('replays an upcast history holding them without throwing, the skill hidden and without a wish', () => {
    const spec = deciderSpec(agentSkillsDecider);
    const history = [declared, nullScope, nullWish].map((e) => read(e) as unknown as AgentSkillEvent);
    const update = { type: 'UpdateSkill' as const, agentId, declarantAgentId: agentId, skillId: 'sig' };
    // Hidden and no wish already: asking for them again records nothing.
    spec.given(history).when({ ...update, scope: 'hidden', wishesToDevelop: false }).then([]);
    spec.given(history.slice(0, 2)).when({ ...update, scope: 'everyone' }).then([{ type: 'SkillSharingChanged', data: { agentId, skillId: 'sig', scope: 'everyone' } }]);
  });
});
