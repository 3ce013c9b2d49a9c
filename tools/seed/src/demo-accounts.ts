import { AccountRole } from '@maillage/identity/domain';
import { PlannedUnit } from './org-chart';
import { UnitMembers } from './staffing';

export interface DemoAccount {
  readonly username: string;
  readonly agentId: string;
  readonly roles: AccountRole[];
}

const DRH = 'Direction des Ressources Humaines';
const DLSI = "Direction Logistique et Systèmes d'Information";
const BATIMENTS = 'Direction des Bâtiments';
const COMMUNICATION = 'Direction de la Communication Interne';

function findUnit(root: PlannedUnit, name: string): PlannedUnit {
  const stack = [root];
  for (let unit = stack.pop(); unit; unit = stack.pop()) {
    if (unit.data.name === name) return unit;
    stack.push(...unit.children);
  }
  throw new Error(`The town hall has no unit named « ${name} ».`);
}

/** The first agent (not a head) of the first staffed service or team under a direction, with their manager. */
function firstServiceAgent(
  root: PlannedUnit,
  directionName: string,
  members: ReadonlyMap<PlannedUnit, UnitMembers>,
): { agentId: string; managerId: string } {
  const visit = (unit: PlannedUnit): { agentId: string; managerId: string } | null => {
    const own = members.get(unit);
    if (unit.data.kind === 'service' && own && own.staffIds.length > 0) return { agentId: own.staffIds[0], managerId: own.headId };
    for (const child of unit.children) {
      const found = visit(child);
      if (found) return found;
    }
    return null;
  };
  const found = visit(findUnit(root, directionName));
  if (!found) throw new Error(`No service of « ${directionName} » has an agent besides its head.`);
  return found;
}

/**
 * The fixed demo logins. `agent` reports to `manager`, so the manager sees what
 * the hierarchy may see. `comite` is an ordinary agent: why they sit on the
 * committee (a union mandate, say) is special data and is stored nowhere.
 */
export function pickDemoAccounts(root: PlannedUnit, members: ReadonlyMap<PlannedUnit, UnitMembers>): DemoAccount[] {
  const plain = firstServiceAgent(root, COMMUNICATION, members);
  return [
    { username: 'rh', agentId: firstServiceAgent(root, DRH, members).agentId, roles: ['agent', 'hr'] },
    { username: 'admin', agentId: firstServiceAgent(root, DLSI, members).agentId, roles: ['agent', 'admin'] },
    { username: 'comite', agentId: firstServiceAgent(root, BATIMENTS, members).agentId, roles: ['agent', 'committee'] },
    { username: 'agent', agentId: plain.agentId, roles: ['agent'] },
    { username: 'manager', agentId: plain.managerId, roles: ['agent'] },
  ];
}
