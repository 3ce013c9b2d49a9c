import { AgentRegisteredData } from '@maillage/directory/domain';
import { apportion } from './apportion';
import { MAX_STAFF_PER_UNIT } from './org-shape';
import { PlannedUnit, unitsInOrder } from './org-chart';
import { PeopleFactory } from './people';
import { Random } from './random';

export interface UnitMembers {
  readonly headId: string;
  readonly staffIds: readonly string[];
}

export interface Staffing {
  /** Managers before their reports: a depth-first walk, head first. */
  readonly agents: AgentRegisteredData[];
  readonly members: ReadonlyMap<PlannedUnit, UnitMembers>;
}

const isAssistantSlot = (unit: PlannedUnit): boolean => unit.role === 'dgs' || unit.role === 'pole' || unit.role === 'direction';

/** How many agents each unit holds besides its head, so that the total is exactly `agentCount`. */
function headcounts(units: readonly PlannedUnit[], agentCount: number): Map<PlannedUnit, number> {
  const staff = agentCount - units.length;
  const workUnits = units.filter((u) => !isAssistantSlot(u) && u.staffCap > 0);
  if (staff < workUnits.length) {
    throw new RangeError(`${agentCount} agents cannot staff ${units.length} units and their ${workUnits.length} services.`);
  }
  // Assistants only once every service can have an agent besides its head; the DGS's first.
  const assistantUnits = units.filter(isAssistantSlot).slice(0, staff - workUnits.length);
  const counts = apportion(
    staff - assistantUnits.length,
    workUnits.map((u) => u.weight),
    MAX_STAFF_PER_UNIT,
  );
  const byUnit = new Map<PlannedUnit, number>(assistantUnits.map((u) => [u, 1]));
  workUnits.forEach((u, i) => byUnit.set(u, counts[i]));
  return byUnit;
}

export function staffOrgChart(rng: Random, root: PlannedUnit, agentCount: number): Staffing {
  const counts = headcounts(unitsInOrder(root), agentCount);
  const people = new PeopleFactory(rng);
  const agents: AgentRegisteredData[] = [];
  const members = new Map<PlannedUnit, UnitMembers>();

  const staff = (unit: PlannedUnit, managerId: string | null): void => {
    const unitId = unit.data.unitId;
    const head = people.create({ unitId, managerId, title: unit.headTitle, site: unit.site, manager: true });
    agents.push(head);
    const staffIds: string[] = [];
    for (let i = 0; i < (counts.get(unit) ?? 0); i++) {
      const title = unit.staffPosts[i % unit.staffPosts.length];
      const agent = people.create({ unitId, managerId: head.agentId, title, site: unit.site, manager: false });
      agents.push(agent);
      staffIds.push(agent.agentId);
    }
    members.set(unit, { headId: head.agentId, staffIds });
    for (const child of unit.children) staff(child, head.agentId);
  };
  staff(root, null);
  return { agents, members };
}
