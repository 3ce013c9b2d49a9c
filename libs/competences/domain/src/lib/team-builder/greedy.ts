import { Problem } from './problem';
import { TeamState } from './team-state';

/** Improvements smaller than this are rounding noise, not improvements. */
export const EPSILON = 1e-9;

/**
 * Rarest skill first: the requirement with the fewest people able to fill it is staffed first,
 * while there is still a choice for the others; each seat goes to whoever lowers the
 * objective most (so someone bringing several required skills, close to the team, wins).
 * Then directions: add whoever still lowers the objective (in practice, a missing direction).
 */
export function fillGreedily(problem: Problem, state: TeamState, banned: Uint8Array): void {
  const available = (i: number): boolean => banned[i] === 0 && !state.has(i);
  const scarcity = problem.holders.map((holders) => holders.filter(available).length);
  const order = problem.holders.map((_, r) => r).sort((a, b) => scarcity[a] - scarcity[b] || a - b);
  for (const r of order) {
    while (state.size < problem.maxSize && state.missingSeats(r) > 0) {
      const best = cheapestAddition(state, problem.holders[r], available);
      if (best < 0) break;
      state.add(best);
    }
  }
  while (state.size < problem.maxSize) {
    const best = cheapestAddition(state, problem.pool.map((_, i) => i), available);
    if (best < 0 || state.addDelta(best) >= -EPSILON) break;
    state.add(best);
  }
}

/** The candidate whose joining changes the objective least (ties: lowest index), or -1. */
export function cheapestAddition(state: TeamState, among: readonly number[], available: (i: number) => boolean): number {
  let best = -1;
  let bestDelta = Number.POSITIVE_INFINITY;
  for (const i of among) {
    if (!available(i)) continue;
    const delta = state.addDelta(i);
    if (delta < bestDelta) {
      best = i;
      bestDelta = delta;
    }
  }
  return best;
}
