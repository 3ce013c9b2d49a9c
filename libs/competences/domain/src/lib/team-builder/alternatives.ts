import { Problem } from './problem';
import { Team, TeamSearch } from './search';

/**
 * Two teams are genuinely different when at least a quarter of the chosen (non-fixed) members
 * of the new one, and at least one, are not in the other: swapping one person out of eight is
 * a variant, not an alternative.
 */
export function differsEnough(candidate: Team, other: Team, fixedCount: number): boolean {
  const chosen = Math.max(candidate.length, other.length) - fixedCount;
  const needed = Math.max(1, Math.ceil(chosen / 4));
  const others = new Set(other);
  return candidate.filter((i) => !others.has(i)).length >= needed;
}

/**
 * Up to `count` genuinely different teams, best first. The first is the best found from all
 * starts. Each next one comes from searches that ban, in turn, each member the previous
 * alternative chose (a tabu on its key people), so the search is pushed into other regions
 * instead of returning near-copies; among everything found, the best team that differs enough
 * from all those already proposed is taken.
 */
export function searchAlternatives(problem: Problem, count: number): Team[] {
  const n = problem.pool.length;
  const search = new TeamSearch(problem);
  search.multiStart(new Uint8Array(n));
  const chosen: Team[] = [search.ranked()[0].members];
  const fixed = new Set(problem.fixed);
  const banned = new Uint8Array(n);
  while (chosen.length < count) {
    const previous = chosen[chosen.length - 1];
    for (const member of previous) {
      if (fixed.has(member)) continue;
      banned[member] = 1;
      search.run(banned, null);
      banned[member] = 0;
    }
    const next = search.ranked().find((team) => chosen.every((other) => differsEnough(team.members, other, fixed.size)));
    if (!next) break;
    chosen.push(next.members);
  }
  return chosen;
}
