import { seedSkillDeclarations } from './agent-skills';
import { generateTownHall } from './generate-town-hall';
import { skillReferential } from './skills';

describe('the seeded skill referential', () => {
  const skills = skillReferential();

  it('holds at least 150 skills with unique ids', () => {
    expect(skills.length).toBeGreaterThanOrEqual(150);
    expect(new Set(skills.map((s) => s.skillId)).size).toBe(skills.length);
  });

  it('knows the skills of the case, with their synonyms', () => {
    const byId = new Map(skills.map((s) => [s.skillId, s]));
    for (const id of ['marches-publics', 'urbanisme-reglementaire', 'etat-civil', 'paie', 'gestion-budgetaire-m57', 'sig', 'accueil-du-public', 'conduite-de-projet', 'dematerialisation-des-procedures', 'maintenance-des-batiments', 'securite-incendie', 'communication-interne', 'developpement-web', 'anglais']) {
      expect(byId.has(id)).toBe(true);
    }
    expect(byId.get('sig')?.synonyms).toContain('système d’information géographique');
  });
});

describe('demo skill declarations', () => {
  const townHall = generateTownHall();
  const declarations = seedSkillDeclarations(townHall);

  it('gives every agent a few skills of the referential, the same on every run', () => {
    const ids = new Set(skillReferential().map((s) => s.skillId));
    expect(declarations.every((d) => ids.has(d.skillId))).toBe(true);
    expect(new Set(declarations.map((d) => d.agentId)).size).toBe(townHall.agents.length);
    expect(seedSkillDeclarations(townHall)).toEqual(declarations);
  });

  it('keeps some skills hidden and shares the case’s dématérialisation skills across at least three directions', () => {
    expect(declarations.some((d) => d.scope === 'hidden')).toBe(true);
    const shared = declarations.filter((d) => d.scope !== 'hidden');
    const unitOf = new Map(townHall.agents.map((a) => [a.agentId, a.unitId]));
    const parents = new Map(townHall.orgUnits.map((u) => [u.unitId, u.parentId]));
    const units = new Set(['dematerialisation-des-procedures', 'conduite-de-projet', 'communication-interne', 'developpement-web', 'paie']
      .flatMap((skill) => shared.filter((d) => d.skillId === skill).map((d) => parents.get(unitOf.get(d.agentId) ?? '') ?? '')));
    expect(units.size).toBeGreaterThanOrEqual(3);
  });
});
