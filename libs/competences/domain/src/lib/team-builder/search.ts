import { cheapestAddition, fillGreedily } from './greedy';
import { improveLocally } from './local-search';
import { Problem } from './problem';
import { TeamState, stateOf } from './team-state';

/**
 * Starts per search: besides the plain greedy, one start per direction, seeded with the person
 * of that direction who best fills the rarest requirement. A local search alone rarely moves a
 * whole team from one direction to another (each single swap is uphill), so directions are
 * tried from the start.
 */
export const SEEDED_STARTS = 8;

interface FoundTeam {
  readonly members: readonly number[];
  readonly objective: number;
}

/** Members in increasing pool order. */
export type Team = readonly number[];

function rarestOpenRequirement(problem: Problem, state: TeamState, available: (i: number) => boolean): number {
  let rarest = -1;
  let fewest = Number.POSITIVE_INFINITY;
  problem.holders.forEach((holders, r) => {
    if (state.missingSeats(r) === 0) return;
    const count = holders.filter(available).length;
    if (count > 0 && count < fewest) {
      rarest = r;
      fewest = count;
    }
  });
  return rarest;
}

/** For the rarest open requirement, the cheapest holder in each direction, up to SEEDED_STARTS. */
function seeds(problem: Problem, banned: Uint8Array): number[] {
  const state = stateOf(problem, problem.fixed);
  const available = (i: number): boolean => banned[i] === 0 && !state.has(i);
  const r = rarestOpenRequirement(problem, state, available);
  if (r < 0) return [];
  const byDirection = new Map<number, number[]>();
  for (const i of problem.holders[r]) {
    if (!available(i)) continue;
    const group = byDirection.get(problem.direction[i]) ?? [];
    group.push(i);
    byDirection.set(problem.direction[i], group);
  }
  return [...byDirection.values()]
    .map((group) => cheapestAddition(state, group, available))
    .map((i) => ({ i, delta: state.addDelta(i) }))
    .sort((a, b) => a.delta - b.delta || a.i - b.i)
    .slice(0, SEEDED_STARTS)
    .map(({ i }) => i);
}

/** Every team reached by greedy + local search, keyed by its members, first found kept. */
export class TeamSearch {
  private readonly found = new Map<string, FoundTeam>();

  constructor(private readonly problem: Problem) {}

  run(banned: Uint8Array, seed: number | null): void {
    const state = stateOf(this.problem, this.problem.fixed);
    if (seed !== null) state.add(seed);
    fillGreedily(this.problem, state, banned);
    improveLocally(this.problem, state, banned);
    const members = state.snapshot();
    const key = members.join(',');
    // The objective recomputed from scratch, so drift from many moves never decides a tie.
    if (!this.found.has(key)) this.found.set(key, { members, objective: stateOf(this.problem, members).objective });
  }

  multiStart(banned: Uint8Array): void {
    this.run(banned, null);
    for (const seed of seeds(this.problem, banned)) this.run(banned, seed);
  }

  /** Best first; equal objectives in member order, for determinism. */
  ranked(): readonly FoundTeam[] {
    return [...this.found.values()].sort((a, b) => a.objective - b.objective || compareTeams(a.members, b.members));
  }
}

function compareTeams(a: Team, b: Team): number {
  for (let k = 0; k < Math.min(a.length, b.length); k++) if (a[k] !== b[k]) return a[k] - b[k];
  return a.length - b.length;
}

/** The best team found by greedy + local search from several starts. */
export function searchBestTeam(problem: Problem): Team {
  const search = new TeamSearch(problem);
  search.multiStart(new Uint8Array(problem.pool.length));
  return search.ranked()[0].members;
}
