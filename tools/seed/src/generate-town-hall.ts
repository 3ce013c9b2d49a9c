import { AgentRegisteredData, OrgUnitCreatedData } from '@maillage/directory/domain';
import { DemoAccount, pickDemoAccounts } from './demo-accounts';
import { planOrgChart, unitsInOrder } from './org-chart';
import { shapeFor } from './org-shape';
import { Random } from './random';
import { withHrFields } from './hr-fields';
import { staffOrgChart } from './staffing';

export interface TownHall {
  /** Parents before children. */
  readonly orgUnits: OrgUnitCreatedData[];
  /** Managers before their reports; the DGS first, the only one without a manager. */
  readonly agents: AgentRegisteredData[];
  readonly demoAccounts: DemoAccount[];
}

export interface TownHallOptions {
  readonly seed?: number;
  /** Exactly how many agents to generate. */
  readonly agentCount?: number;
}

export const DEFAULT_SEED = 2026;
export const DEFAULT_AGENT_COUNT = 150;
/** Enough for every service of the default town hall to have an agent besides its head. */
export const MIN_AGENTS = 80;
export const MAX_AGENTS = 90_000;

/**
 * A fictitious mairie: the same seed and count always give the same town hall.
 * The default is the demo town hall; large counts (benchmarks) add teams,
 * services, sector directions and pôles so that no one manages more than ~15 people.
 */
export function generateTownHall(options: TownHallOptions = {}): TownHall {
  const seed = options.seed ?? DEFAULT_SEED;
  const agentCount = options.agentCount ?? DEFAULT_AGENT_COUNT;
  if (!Number.isInteger(agentCount) || agentCount < MIN_AGENTS || agentCount > MAX_AGENTS) {
    throw new RangeError(`agentCount must be an integer from ${MIN_AGENTS} to ${MAX_AGENTS}, got ${agentCount}.`);
  }
  const rng = new Random(seed);
  const root = planOrgChart(rng, shapeFor(agentCount));
  const { agents, members } = staffOrgChart(rng, root, agentCount);
  return {
    orgUnits: unitsInOrder(root).map((unit) => unit.data),
    // A separate stream of randomness, so HR fields never shift names or the org chart.
    agents: withHrFields(new Random(seed + 1), agents),
    demoAccounts: pickDemoAccounts(root, members),
  };
}
