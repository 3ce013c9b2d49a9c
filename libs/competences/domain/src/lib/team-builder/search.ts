import { cheapestAddition, fillGreedily } from './greedy';
import { improveLocally } from './local-search';
import { Problem } from './problem';
import { TeamState, stateOf } from './team-state';

/**
 * Starts per search besides the plain greedy; each seeds the team with one person. First, for
 * each open requirement (rarest first), the cheapest holder in each direction, round-robin
 * across requirements: local search alone rarely moves a whole team from one direction to
 * another (each single swap is uphill). Then anyone else, cheapest first: two people who worked
 * together, or who share a unit, are found when either one is a seed. On small pools everyone
 * who can fill an open seat is a start.
 */
export const SEEDED_STARTS = 24;

interface FoundTeam {
  readonly members: readonly number[];
  readonly objective: number;
}

/** Members in increasing pool order. */
export type Team = readonly number[];

function seedsFor(problem: Problem, state: TeamState, r: number, available: (i: number) => boolean): number[] {
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
    .map(({ i }) => i);
}

function seeds(problem: Problem, banned: Uint8Array): number[] {
  const state = stateOf(problem, problem.fixed);
  const available = (i: number): boolean => banned[i] === 0 && !state.has(i);
  const open = problem.holders
    .map((holders, r) => ({ r, count: holders.filter(available).length }))
    // A requirement only one person can fill gives no choice: the greedy takes them anyway.
    .filter(({ r, count }) => state.missingSeats(r) > 0 && count > 1)
    .sort((a, b) => a.count - b.count || a.r - b.r);
  const lists = open.map(({ r }) => seedsFor(problem, state, r, available));
  const chosen = new Set<number>();
  for (let rank = 0; chosen.size < SEEDED_STARTS && lists.some((list) => rank < list.length); rank++) {
    for (const list of lists) if (rank < list.length && chosen.size < SEEDED_STARTS) chosen.add(list[rank]);
  }
  const others = problem.pool
    .map((_, i) => i)
    .filter((i) => available(i) && !chosen.has(i) && problem.fills[i].some((r) => state.missingSeats(r) > 0))
    .map((i) => ({ i, delta: state.addDelta(i) }))
    .sort((a, b) => a.delta - b.delta || a.i - b.i);
  for (const { i } of others.slice(0, Math.max(0, SEEDED_STARTS - chosen.size))) chosen.add(i);
  return [...chosen];
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
    this.record(state);
  }

  /** A local search from a team found before (on a smaller pool). */
  runFrom(members: Team, banned: Uint8Array): void {
    const state = stateOf(this.problem, members);
    improveLocally(this.problem, state, banned);
    this.record(state);
  }

  multiStart(banned: Uint8Array): void {
    this.run(banned, null);
    for (const seed of seeds(this.problem, banned)) this.run(banned, seed);
  }

  /** Best first; equal objectives in member order, for determinism. */
  ranked(): readonly FoundTeam[] {
    return [...this.found.values()].sort((a, b) => a.objective - b.objective || compareTeams(a.members, b.members));
  }

  private record(state: TeamState): void {
    const members = state.snapshot();
    const key = members.join(',');
    // The objective recomputed from scratch, so drift from many moves never decides a tie.
    if (!this.found.has(key)) this.found.set(key, { members, objective: stateOf(this.problem, members).objective });
  }
}

function compareTeams(a: Team, b: Team): number {
  for (let k = 0; k < Math.min(a.length, b.length); k++) if (a[k] !== b[k]) return a[k] - b[k];
  return a.length - b.length;
}
