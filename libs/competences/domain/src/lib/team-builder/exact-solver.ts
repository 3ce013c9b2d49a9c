import { OBJECTIVE_WEIGHTS } from './objective';
import { Problem } from './problem';
import { Team } from './search';
import { TeamState, stateOf } from './team-state';

/** Beyond this many non-fixed candidates the exact search is refused: it is for tests and benchmarks. */
export const EXACT_MAX_CANDIDATES = 40;

/**
 * Branch and bound over the subsets of the non-fixed candidates (fixed members always in,
 * at most maxSize). Every node is a team and is evaluated; its extensions only draw on the
 * candidates after it, which gives a lower bound that is valid for all of them:
 * - seats: each newcomer fills at most one seat per requirement, so a requirement still misses
 *   at least (missing − min(room, holders left));
 * - directions: a required direction nobody left belongs to stays missing, and at most `room`
 *   directions can be added;
 * - soft cost: it only grows, by at least the cheapest one newcomer would add.
 * Candidates are tried in the order of how many requirements they fill, to find good teams early.
 */
export function solveExactly(problem: Problem): Team {
  const fixed = new Set(problem.fixed);
  const order = problem.pool
    .map((_, i) => i)
    .filter((i) => !fixed.has(i))
    .sort((a, b) => problem.fills[b].length - problem.fills[a].length || a - b);
  if (order.length > EXACT_MAX_CANDIDATES) throw new RangeError(`The exact solver takes at most ${EXACT_MAX_CANDIDATES} candidates, got ${order.length}.`);
  const suffix = suffixCounts(problem, order);
  const state = stateOf(problem, problem.fixed);
  let best: Team = state.snapshot();
  let bestObjective = state.objective;
  const visit = (from: number): void => {
    if (state.objective < bestObjective - 1e-9) {
      best = state.snapshot();
      bestObjective = state.objective;
    }
    if (from === order.length || state.size === problem.maxSize) return;
    if (lowerBound(problem, state, order, from, suffix) >= bestObjective - 1e-9) return;
    for (let k = from; k < order.length; k++) {
      state.add(order[k]);
      visit(k + 1);
      state.remove(order[k]);
    }
  };
  visit(0);
  return best;
}

interface Suffix {
  /** holders[k][r]: candidates at order position ≥ k filling requirement r. */
  readonly holders: Int32Array[];
  /** present[k][d]: 1 when someone at order position ≥ k belongs to direction d. */
  readonly present: Uint8Array[];
}

function suffixCounts(problem: Problem, order: readonly number[]): Suffix {
  const holders: Int32Array[] = [new Int32Array(problem.seats.length)];
  const present: Uint8Array[] = [new Uint8Array(problem.directionCount)];
  for (let k = order.length - 1; k >= 0; k--) {
    const h = Int32Array.from(holders[0]);
    const p = Uint8Array.from(present[0]);
    for (const r of problem.fills[order[k]]) h[r]++;
    p[problem.direction[order[k]]] = 1;
    holders.unshift(h);
    present.unshift(p);
  }
  return { holders, present };
}

function lowerBound(problem: Problem, state: TeamState, order: readonly number[], from: number, suffix: Suffix): number {
  const room = problem.maxSize - state.size;
  let seats = 0;
  problem.seats.forEach((_, r) => (seats += Math.max(0, state.missingSeats(r) - Math.min(room, suffix.holders[from][r]))));
  let unreachable = 0;
  let reachable = 0;
  let newDirections = 0;
  const represented = new Uint8Array(problem.directionCount);
  for (const m of state.members) represented[problem.direction[m]] = 1;
  for (let d = 0; d < problem.directionCount; d++) {
    if (represented[d]) continue;
    if (suffix.present[from][d]) newDirections++;
    if (problem.required[d] && suffix.present[from][d]) reachable++;
    else if (problem.required[d]) unreachable++;
  }
  const representedCount = represented.reduce((sum, x) => sum + x, 0);
  const directions = unreachable + Math.max(0, reachable - room) + Math.max(0, problem.minDirections - representedCount - Math.min(room, newDirections));
  let cheapest = Number.POSITIVE_INFINITY;
  for (let k = from; k < order.length; k++) cheapest = Math.min(cheapest, state.toTeam[order[k]] + problem.unary[order[k]]);
  return seats * OBJECTIVE_WEIGHTS.uncoveredSeat + directions * OBJECTIVE_WEIGHTS.directionShortfall + state.softCost + cheapest;
}
