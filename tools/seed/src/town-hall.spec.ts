import { ACCOUNT_ROLES } from '@maillage/identity/domain';
import { DEFAULT_AGENT_COUNT, MAX_AGENTS, MIN_AGENTS, TownHall, generateTownHall } from './index';

const townHall = generateTownHall();
const unitsById = new Map(townHall.orgUnits.map((unit) => [unit.unitId, unit]));
const agentsById = new Map(townHall.agents.map((agent) => [agent.agentId, agent]));
const unitNamed = (name: string) => townHall.orgUnits.find((unit) => unit.name === name)!;
const reportsOf = (agentId: string) => townHall.agents.filter((agent) => agent.managerId === agentId);
const demo = (username: string) => agentsById.get(townHall.demoAccounts.find((account) => account.username === username)!.agentId)!;
const directionOf = (unitId: string | null) => {
  let unit = unitsById.get(unitId!)!;
  while (unit.kind !== 'direction') unit = unitsById.get(unit.parentId!)!;
  return unit.name;
};

describe('generateTownHall: the demo town hall', () => {
  it('given the same seed, when the town hall is generated twice, then both are identical', () => {
    expect(generateTownHall({ seed: 7 })).toEqual(generateTownHall({ seed: 7 }));
    expect(generateTownHall()).toEqual(townHall);
  });

  it('given two different seeds, when each town hall is generated, then their agents and ids differ', () => {
    const [a, b] = [generateTownHall({ seed: 1 }), generateTownHall({ seed: 2 })];
    expect(a.agents.map((agent) => agent.workEmail)).not.toEqual(b.agents.map((agent) => agent.workEmail));
    expect(a.orgUnits[0].unitId).not.toBe(b.orgUnits[0].unitId);
    expect(a.orgUnits.map((unit) => unit.name)).toEqual(b.orgUnits.map((unit) => unit.name));
  });

  it('given no options, when the town hall is generated, then it has about 150 agents', () => {
    expect(townHall.agents.length).toBeGreaterThanOrEqual(120);
    expect(townHall.agents.length).toBeLessThanOrEqual(180);
    expect(townHall.agents).toHaveLength(DEFAULT_AGENT_COUNT);
  });

  it('given no options, when the town hall is generated, then the directions of the case are all there', () => {
    const directions = townHall.orgUnits.filter((unit) => unit.kind === 'direction').map((unit) => unit.name);
    expect(directions).toEqual(
      expect.arrayContaining([
        'Direction Générale des Services',
        'Direction des Ressources Humaines',
        "Direction Logistique et Systèmes d'Information",
        'Direction des Bâtiments',
        'Direction de la Communication Interne',
        'Direction des Finances',
      ]),
    );
    expect(directions.length).toBeGreaterThanOrEqual(8);
  });

  it('given the demo town hall, when its services are listed per direction, then each direction has two to four services with real names', () => {
    const services = (name: string) =>
      townHall.orgUnits.filter((unit) => unit.parentId === unitNamed(name).unitId && unit.kind === 'service').map((unit) => unit.name);
    expect(services('Direction des Ressources Humaines')).toEqual(['Service Paie et carrières', 'Service Formation', 'Service Recrutement']);
    expect(services("Direction Logistique et Systèmes d'Information")).toContain('Service Parc automobile et logistique');
    expect(services('Direction des Bâtiments')).toContain('Service Sécurité des ERP');
    for (const direction of townHall.orgUnits.filter((unit) => unit.kind === 'direction')) {
      expect(services(direction.name).length).toBeGreaterThanOrEqual(2);
      expect(services(direction.name).length).toBeLessThanOrEqual(4);
    }
  });

  it('given the demo town hall, when its hierarchy is read, then the DGS leads the directors, who lead the heads of service', () => {
    const [dgs] = townHall.agents;
    expect(dgs).toMatchObject({ managerId: null, unitId: unitNamed('Direction Générale des Services').unitId });
    expect(['Directeur général des services', 'Directrice générale des services']).toContain(dgs.postTitle);
    const drh = townHall.agents.find((agent) => agent.unitId === unitNamed('Direction des Ressources Humaines').unitId && agent.managerId === dgs.agentId)!;
    expect(drh.postTitle).toMatch(/^Direct(eur|rice) des ressources humaines$/);
    const headOfTraining = townHall.agents.find((agent) => agent.unitId === unitNamed('Service Formation').unitId && agent.managerId === drh.agentId)!;
    expect(headOfTraining.postTitle).toMatch(/^Chef(fe)? du service Formation$/);
    const trainers = reportsOf(headOfTraining.agentId);
    expect(trainers.length).toBeGreaterThan(0);
    expect(trainers.every((agent) => agent.unitId === headOfTraining.unitId)).toBe(true);
  });

  it('given the demo town hall, when agents are read, then their titles agree with their first names where the name says', () => {
    const women = townHall.agents.filter((agent) => ['Hélène', 'Amélie', 'Zoé', 'Chloé', 'Léa', 'Inès', 'Sylvie', 'Nathalie'].includes(agent.firstName));
    const men = townHall.agents.filter((agent) => ['Jérôme', 'Loïc', 'Maël', 'Thomas', 'Nicolas', 'Julien', 'Karim', 'Pierre'].includes(agent.firstName));
    expect(women.length + men.length).toBeGreaterThan(0);
    for (const agent of women) expect(agent.postTitle).not.toMatch(/^(Chef du|Directeur|Chargé |Technicien |Développeur |Assistant )/);
    for (const agent of men) expect(agent.postTitle).not.toMatch(/^(Cheffe|Directrice|Chargée|Technicienne|Développeuse|Assistante)/);
  });

  it('given the demo town hall, when contact data is read, then phones, offices, dates and usual names look real', () => {
    for (const agent of townHall.agents) {
      if (agent.workPhone !== null) expect(agent.workPhone).toMatch(/^01 23 45 \d\d \d\d$/);
      expect(agent.startDate).toMatch(/^(199[5-9]|20[0-2]\d)-\d\d-\d\d$/);
      expect(agent.startDate! >= '1995-01-01' && agent.startDate! <= '2025-12-31').toBe(true);
    }
    expect(townHall.agents.filter((agent) => agent.workPhone === null).length).toBeGreaterThan(0);
    expect(townHall.agents.filter((agent) => agent.workPhone !== null).length).toBeGreaterThan(townHall.agents.length / 2);
    expect(townHall.agents.map((agent) => agent.office)).toEqual(expect.arrayContaining([expect.stringMatching(/^Hôtel de ville, bureau \d{3}$/), 'Centre technique municipal']));
    const usualNames = townHall.agents.filter((agent) => agent.usualName !== null);
    expect(usualNames.length).toBeGreaterThan(0);
    expect(usualNames.length).toBeLessThan(townHall.agents.length / 5);
  });

  it('given the demo town hall, when ids are read, then every unit and agent id is a distinct version 4 UUID', () => {
    const ids = [...townHall.orgUnits.map((unit) => unit.unitId), ...townHall.agents.map((agent) => agent.agentId)];
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('generateTownHall: demo accounts', () => {
  const byUsername = (th: TownHall) => Object.fromEntries(th.demoAccounts.map((account) => [account.username, account.roles]));

  it('given the demo town hall, when its demo accounts are read, then the five logins exist with their roles', () => {
    expect(byUsername(townHall)).toEqual({
      rh: ['agent', 'hr'],
      admin: ['agent', 'admin'],
      comite: ['agent', 'committee'],
      agent: ['agent'],
      manager: ['agent'],
    });
    for (const account of townHall.demoAccounts) {
      expect(agentsById.has(account.agentId)).toBe(true);
      for (const role of account.roles) expect(ACCOUNT_ROLES).toContain(role);
    }
    expect(new Set(townHall.demoAccounts.map((account) => account.agentId)).size).toBe(5);
  });

  it('given the demo accounts, when their agents are looked up, then HR works in the DRH and admin in the DLSI', () => {
    expect(directionOf(demo('rh').unitId)).toBe('Direction des Ressources Humaines');
    expect(directionOf(demo('admin').unitId)).toBe("Direction Logistique et Systèmes d'Information");
    expect(unitsById.get(demo('agent').unitId!)!.kind).toBe('service');
    expect(reportsOf(demo('agent').agentId)).toHaveLength(0);
  });

  it('given the manager account, when their reports are listed, then they head a service and the agent account reports to them', () => {
    const manager = demo('manager');
    expect(manager.postTitle).toMatch(/^Chef(fe)? du service /);
    expect(unitsById.get(manager.unitId!)!.kind).toBe('service');
    expect(reportsOf(manager.agentId).length).toBeGreaterThanOrEqual(1);
    expect(demo('agent').managerId).toBe(manager.agentId);
  });

  it('given the committee account, when its agent is read, then nothing on it records a union membership', () => {
    expect(JSON.stringify(demo('comite'))).not.toMatch(/syndic|union|cgt|cfdt|fo\b/i);
  });

  it('given the smallest supported town hall, when it is generated, then it still has every demo account', () => {
    const small = generateTownHall({ agentCount: MIN_AGENTS });
    expect(small.agents).toHaveLength(MIN_AGENTS);
    expect(Object.keys(byUsername(small))).toEqual(['rh', 'admin', 'comite', 'agent', 'manager']);
  });
});

describe('generateTownHall: options', () => {
  it.each([MIN_AGENTS - 1, MAX_AGENTS + 1, 150.5])('given %p agents, when the town hall is generated, then it refuses with a RangeError', (agentCount) => {
    expect(() => generateTownHall({ agentCount })).toThrow(RangeError);
  });

  it('given a seed that is not an integer, when the town hall is generated, then it refuses with a RangeError', () => {
    expect(() => generateTownHall({ seed: 0.5 })).toThrow(RangeError);
  });
});
