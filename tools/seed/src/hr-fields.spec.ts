import { agentDecider } from '@maillage/directory/domain';
import { generateTownHall } from './generate-town-hall';

describe('generated HR fields', () => {
  const { agents } = generateTownHall();

  it('gives every agent a catégorie A, B or C and a unique matricule', () => {
    expect(agents.every((a) => ['A', 'B', 'C'].includes(a.hr?.category ?? ''))).toBe(true);
    expect(new Set(agents.map((a) => a.hr?.matricule)).size).toBe(agents.length);
  });

  it('gives contract staff no grade and civil servants a grade', () => {
    const contract = agents.filter((a) => a.hr?.employment === 'contractuel');
    expect(contract.length).toBeGreaterThan(0);
    expect(contract.every((a) => a.hr?.grade === null)).toBe(true);
    expect(agents.filter((a) => a.hr?.employment === 'titulaire').every((a) => !!a.hr?.grade)).toBe(true);
  });

  it('puts directors in catégorie A', () => {
    const directors = agents.filter((a) => /^Directeur|^Directrice/.test(a.postTitle));
    expect(directors.length).toBeGreaterThan(3);
    expect(directors.every((a) => a.hr?.category === 'A')).toBe(true);
  });

  it('passes the domain rules on HR fields', () => {
    for (const data of agents) expect(() => agentDecider.decide({ type: 'RegisterAgent', data }, agentDecider.initialState())).not.toThrow();
  });
});
