import { EMAIL_DOMAIN, TownHall, generateTownHall } from './index';

/** How many levels separate each agent from the top; throws on a cycle or a dangling manager. */
function depths(townHall: TownHall): Map<string, number> {
  const managerOf = new Map(townHall.agents.map((agent) => [agent.agentId, agent.managerId]));
  const depth = new Map<string, number>();
  for (const agent of townHall.agents) {
    const chain: string[] = [];
    let current: string | null = agent.agentId;
    while (current !== null && !depth.has(current)) {
      if (chain.includes(current)) throw new Error(`Reporting cycle through ${current}`);
      if (!managerOf.has(current)) throw new Error(`Unknown manager ${current}`);
      chain.push(current);
      current = managerOf.get(current)!;
    }
    let level = current === null ? -1 : depth.get(current)!;
    for (const id of chain.reverse()) depth.set(id, ++level);
  }
  return depth;
}

function directReports(townHall: TownHall): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { managerId } of townHall.agents) if (managerId) counts.set(managerId, (counts.get(managerId) ?? 0) + 1);
  return counts;
}

/** Generated once for the whole file, on first use. */
const lazy = (make: () => TownHall) => {
  let made: TownHall | null = null;
  return () => (made ??= make());
};
const demoTownHall = lazy(() => generateTownHall());
const largeCity = lazy(() => generateTownHall({ agentCount: 50_000, seed: 42 }));

describe.each([
  ['the demo town hall', demoTownHall, 150],
  ['a large city', largeCity, 50_000],
])('generateTownHall: %s', (_label, make, agentCount) => {
  let townHall: TownHall;
  beforeAll(() => {
    townHall = make();
  });

  it('given the options, when the town hall is generated, then it has exactly the agents asked for', () => {
    expect(townHall.agents).toHaveLength(agentCount);
    expect(townHall.orgUnits.length).toBeGreaterThan(0);
  });

  // Loops collect offenders and assert once: 50,000 `expect` calls would dominate the run.
  it('given the agents in order, when each manager is looked up, then only the first agent has none and every manager came earlier', () => {
    const seen = new Set<string>();
    const offenders = townHall.agents.filter((agent) => {
      const late = agent.managerId !== null && !seen.has(agent.managerId);
      seen.add(agent.agentId);
      return late || agent.managerId === agent.agentId;
    });
    expect(offenders).toEqual([]);
    expect(townHall.agents.filter((agent) => agent.managerId === null)).toEqual([townHall.agents[0]]);
  });

  it('given the reporting lines, when each is followed upwards, then every agent reaches the DGS without a cycle', () => {
    const levels = depths(townHall);
    expect(levels.get(townHall.agents[0].agentId)).toBe(0);
    expect(levels.size).toBe(agentCount);
    expect([...levels.values()].every((level) => level <= 6)).toBe(true);
  });

  it('given the reporting lines, when direct reports are counted, then nobody manages more than 15 people', () => {
    const counts = [...directReports(townHall).values()];
    expect(counts.reduce((a, b) => Math.max(a, b), 0)).toBeLessThanOrEqual(15);
  });

  it('given the org units in order, when each parent is looked up, then one direction is the root and every parent came earlier', () => {
    const seen = new Set<string>();
    const offenders = townHall.orgUnits.filter((unit) => {
      const late = unit.parentId !== null && !seen.has(unit.parentId);
      seen.add(unit.unitId);
      return late;
    });
    expect(offenders).toEqual([]);
    expect(townHall.orgUnits.filter((unit) => unit.parentId === null)).toEqual([townHall.orgUnits[0]]);
    expect(townHall.orgUnits[0]).toMatchObject({ name: 'Direction Générale des Services', kind: 'direction' });
  });

  it("given every agent, when their unit is looked up, then it exists, and a manager's reports sit in the same unit or just below", () => {
    const units = new Map(townHall.orgUnits.map((unit) => [unit.unitId, unit]));
    const agents = new Map(townHall.agents.map((agent) => [agent.agentId, agent]));
    const offenders = townHall.agents.filter((agent) => {
      const unit = units.get(agent.unitId ?? '');
      if (!unit) return true;
      if (agent.managerId === null) return false;
      const managerUnit = agents.get(agent.managerId)?.unitId;
      return managerUnit !== unit.unitId && managerUnit !== unit.parentId;
    });
    expect(offenders).toEqual([]);
  });

  it('given every agent, when work emails are compared, then they are unique, ASCII and on the town hall domain', () => {
    const emails = townHall.agents.map((agent) => agent.workEmail);
    expect(new Set(emails).size).toBe(emails.length);
    const pattern = new RegExp(`^[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*\\d*@${EMAIL_DOMAIN.replace('.', '\\.')}$`);
    expect(emails.filter((email) => !pattern.test(email))).toEqual([]);
    expect(emails[0]).toMatch(pattern);
  });

  it('given every agent, when names and titles are read, then none is blank', () => {
    const blank = townHall.agents.filter((agent) => [agent.firstName, agent.lastName, agent.postTitle].some((text) => text.trim() === ''));
    expect(blank).toEqual([]);
  });
});

describe('generateTownHall: a large city', () => {
  it('given 50,000 agents, when the city is generated, then it has sector directions, pôles and teams', () => {
    const city = largeCity();
    const names = city.orgUnits.map((unit) => unit.name);
    expect(city.agents).toHaveLength(50_000);
    expect(names).toContain('Direction de la Proximité — secteur Nord');
    expect(names).toContain('Pôle Ressources');
    expect(names).toContain('Service Maintenance — équipe 1');
    expect(Math.max(...directReports(city).values())).toBeLessThanOrEqual(20);
    expect(city.demoAccounts).toHaveLength(5);
  });
});
