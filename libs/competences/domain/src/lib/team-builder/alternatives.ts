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

/** Best first, each next one the best that differs enough from all those already taken. */
function diverseSelection(ranked: readonly Team[], count: number, fixedCount: number): Team[] {
  const chosen: Team[] = [];
  for (const team of ranked) {
    if (chosen.length === count) break;
    if (chosen.every((other) => differsEnough(team, other, fixedCount))) chosen.push(team);
  }
  return chosen;
}

/**
 * Up to `count` genuinely different teams, best first. Searches from all starts give the first.
 * Each next one comes from searches that ban, in turn, each member the previous alternative
 * chose (a tabu on its key people), pushing the search into other regions instead of returning
 * near-copies. Since those searches sometimes find a team better than the first, the final
 * choice is made again over everything found. Given warm starts (teams found on a smaller
 * pool), the search starts from them instead of from scratch.
 */
export function searchAlternatives(problem: Problem, count: number, warmStarts: readonly Team[] = []): Team[] {
  const n = problem.pool.length;
  const search = new TeamSearch(problem);
  if (warmStarts.length === 0) search.multiStart(new Uint8Array(n));
  for (const team of warmStarts) search.runFrom(team, new Uint8Array(n));
  const fixed = new Set(problem.fixed);
  const banned = new Uint8Array(n);
  const ranked = (): Team[] => search.ranked().map((team) => team.members);
  let chosen = diverseSelection(ranked(), 1, fixed.size);
  const diversified = new Set<string>();
  while (chosen.length < count) {
    const fresh = chosen.filter((team) => !diversified.has(team.join(',')));
    if (fresh.length === 0) break;
    for (const team of fresh) {
      diversified.add(team.join(','));
      for (const member of team) {
        if (fixed.has(member)) continue;
        banned[member] = 1;
        search.run(banned, null);
        banned[member] = 0;
      }
    }
    chosen = diverseSelection(ranked(), count, fixed.size);
  }
  return chosen;
}
