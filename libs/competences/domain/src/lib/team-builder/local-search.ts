import { EPSILON } from './greedy';
import { Problem } from './problem';
import { TeamState } from './team-state';

/** The best move seen so far; -1 for "nobody" on either side. */
class BestMove {
  delta = -EPSILON;
  out = -1;
  in = -1;

  consider(delta: number, out: number, into: number): void {
    if (delta < this.delta) {
      this.delta = delta;
      this.out = out;
      this.in = into;
    }
  }

  get found(): boolean {
    return this.out >= 0 || this.in >= 0;
  }
}

/**
 * Best-improvement local search over three moves — drop a member, add someone, swap a member
 * for someone else — until none lowers the objective. Fixed members never leave, banned
 * candidates never join. Ties go to the first move found, so the result is deterministic.
 */
export function improveLocally(problem: Problem, state: TeamState, banned: Uint8Array): void {
  const n = problem.pool.length;
  const fixed = new Uint8Array(n);
  for (const i of problem.fixed) fixed[i] = 1;
  for (;;) {
    const best = new BestMove();
    const leavers = state.members.filter((m) => fixed[m] === 0);
    for (const m of leavers) best.consider(state.removeDelta(m), m, -1);
    if (state.size < problem.maxSize) {
      for (let j = 0; j < n; j++) if (banned[j] === 0 && !state.has(j)) best.consider(state.addDelta(j), -1, j);
    }
    for (const m of leavers) {
      const leaving = state.removeDelta(m);
      state.remove(m);
      for (let j = 0; j < n; j++) {
        if (banned[j] === 0 && j !== m && !state.has(j)) best.consider(leaving + state.addDelta(j), m, j);
      }
      state.add(m);
    }
    if (!best.found) return;
    if (best.out >= 0) state.remove(best.out);
    if (best.in >= 0) state.add(best.in);
  }
}
