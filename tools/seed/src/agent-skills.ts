import { Random } from './random';
import { skillReferential } from './skills';
import { TownHall } from './generate-town-hall';

export interface SeedSkillDeclaration {
  readonly agentId: string;
  readonly skillId: string;
  readonly level: 'notions' | 'pratique' | 'maitrise' | 'expertise' | null;
  readonly wishesToDevelop: boolean;
  readonly scope: 'hidden' | 'staffing' | 'hierarchy' | 'everyone';
}

/** Which referential domains a direction's agents tend to master, by words in its name. */
const DOMAINS_BY_DIRECTION: [RegExp, string[]][] = [
  [/ressources humaines/i, ['Ressources humaines', 'Juridique et assemblées']],
  [/logistique|systèmes d'information|numérique/i, ['Numérique et SI', 'Logistique et moyens']],
  [/bâtiments|travaux|technique/i, ['Bâtiments et patrimoine', 'Espaces publics et environnement']],
  [/communication/i, ['Communication']],
  [/finances/i, ['Finances', 'Achats et marchés']],
  [/éducation|jeunesse|enfance/i, ['Éducation, enfance et jeunesse']],
  [/urbanisme|aménagement/i, ['Urbanisme et aménagement']],
  [/cultur|sport/i, ['Culture, sport et vie associative']],
  [/citoyenneté|état civil|population/i, ['Population et citoyenneté']],
  [/générale des services/i, ['Juridique et assemblées', 'Management et méthodes']],
];
const EVERYONE = ['Management et méthodes', 'Langues', 'Bureautique et outils'];
const LEVELS = ['notions', 'pratique', 'maitrise', 'expertise'] as const;
/** Skills the case's "Dématérialisation" project needs, held by the people whose post is that work. */
const CASE_SKILLS: [RegExp, string[]][] = [
  [/développeu|applications|numérique|systèmes et réseaux/i, ['dematerialisation-des-procedures', 'developpement-web']],
  [/communication/i, ['communication-interne']],
  [/paie/i, ['paie']],
  [/chef|cheffe/i, ['conduite-de-projet']],
];

/**
 * Demo declarations: a few skills per agent, mostly from their direction's
 * domains. Scopes vary as real people's choices would: some keep everything
 * hidden, most share with staffing or wider.
 */
export function seedSkillDeclarations(townHall: TownHall, seed = 7): SeedSkillDeclaration[] {
  const rng = new Random(seed);
  const skills = skillReferential();
  const byDomain = new Map<string, string[]>();
  for (const s of skills) byDomain.set(s.domain, [...(byDomain.get(s.domain) ?? []), s.skillId]);
  const units = new Map(townHall.orgUnits.map((u) => [u.unitId, u]));
  const directionName = (unitId: string | null): string => {
    for (let id = unitId; id; ) {
      const unit = units.get(id);
      if (!unit) return '';
      if (unit.kind === 'direction') return unit.name;
      id = unit.parentId;
    }
    return '';
  };
  const declarations: SeedSkillDeclaration[] = [];
  for (const agent of townHall.agents) {
    const name = directionName(agent.unitId);
    const own = DOMAINS_BY_DIRECTION.filter(([pattern]) => pattern.test(name)).flatMap(([, domains]) => domains);
    const pool = [...(own.length ? own : ['Management et méthodes']).flatMap((d) => byDomain.get(d) ?? [])];
    const chosen = new Set<string>();
    const count = 2 + Math.floor(rng.next() * 3);
    while (chosen.size < count && chosen.size < pool.length) chosen.add(pool[Math.floor(rng.next() * pool.length)]);
    const extra = EVERYONE.flatMap((d) => byDomain.get(d) ?? []);
    if (rng.next() < 0.7) chosen.add(extra[Math.floor(rng.next() * extra.length)]);
    // People whose post is the skill share it for staffing, so the case's projects can be staffed.
    const forStaffing = new Set(CASE_SKILLS.filter(([pattern]) => pattern.test(agent.postTitle)).flatMap(([, skills]) => skills));
    for (const skillId of forStaffing) chosen.add(skillId);
    const privatePerson = rng.next() < 0.15 && forStaffing.size === 0;
    for (const skillId of chosen) {
      const r = rng.next();
      const scope = forStaffing.has(skillId) ? 'staffing' : privatePerson ? 'hidden' : r < 0.25 ? 'hidden' : r < 0.55 ? 'staffing' : r < 0.7 ? 'hierarchy' : 'everyone';
      declarations.push({
        agentId: agent.agentId,
        skillId,
        level: rng.next() < 0.1 ? null : LEVELS[Math.floor(rng.next() * LEVELS.length)],
        wishesToDevelop: rng.next() < 0.2,
        scope,
      });
    }
  }
  return declarations;
}
