import { EligibleCandidates } from './candidate-pool';
import { NormalizedTeamRequest } from './normalized-request';
import { TopK } from './top-k';
import { Candidate } from './team-request';

/**
 * How the heuristic's pool is capped on a large town hall (the exact solver never caps).
 * Up to `uncappedUpTo` holders everyone is kept. Beyond, for each requirement, keep its
 * holders who come first in the order below:
 * - the first `perRequirement` overall;
 * - the first `perDirection` in each focus direction: the required ones, the fixed members'
 *   and the `denseDirections` whose people together hold the most required skills (a compact
 *   team lives there: the same direction is closer than two);
 * - the first `perUnit` in each focus unit: the fixed members' and the `denseUnits` holding
 *   the most required skills (the same unit is closer still).
 * The order, internal and never shown, prefers whoever holds more of the required skills (fewer
 * people to coordinate), then less time already committed, then the agent id for determinism.
 * With 8 requirements the pool stays under ~8 × (12 + 3 × 9 + 2 × 13) ≈ 520, in practice ~250.
 */
export const POOL_CAP = {
  uncappedUpTo: 150,
  perRequirement: 12,
  denseDirections: 6,
  perDirection: 3,
  denseUnits: 12,
  perUnit: 2,
} as const;

export function popcount(mask: number): number {
  let n = mask - ((mask >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

interface GroupStats {
  mask: number;
  holders: number;
}

function densest(groups: ReadonlyMap<string, GroupStats>, k: number): string[] {
  return [...groups.entries()]
    .sort(([idA, a], [idB, b]) => popcount(b.mask) - popcount(a.mask) || b.holders - a.holders || (idA < idB ? -1 : idA > idB ? 1 : 0))
    .slice(0, k)
    .map(([id]) => id);
}

function statsBy(eligible: EligibleCandidates, key: (c: Candidate) => string): Map<string, GroupStats> {
  const groups = new Map<string, GroupStats>();
  eligible.holders.forEach((holder, i) => {
    const group = groups.get(key(holder)) ?? { mask: 0, holders: 0 };
    group.mask |= eligible.masks[i];
    group.holders++;
    groups.set(key(holder), group);
  });
  return groups;
}

/** Holders kept for the heuristic, in no particular order. */
export function capPool(request: NormalizedTeamRequest, eligible: EligibleCandidates): readonly Candidate[] {
  const { holders, masks, fixed } = eligible;
  if (holders.length <= POOL_CAP.uncappedUpTo) return holders;
  const filled = masks.map(popcount);
  const before = (i: number, j: number): number =>
    filled[j] - filled[i] ||
    holders[i].committedShare - holders[j].committedShare ||
    (holders[i].agentId < holders[j].agentId ? -1 : holders[i].agentId > holders[j].agentId ? 1 : 0);
  const focusDirections = new Set([
    ...request.requiredDirectionIds,
    ...fixed.map((f) => f.directionId),
    ...densest(statsBy(eligible, (c) => c.directionId), POOL_CAP.denseDirections),
  ]);
  const focusUnits = new Set([...fixed.map((f) => f.unitId), ...densest(statsBy(eligible, (c) => c.unitId), POOL_CAP.denseUnits)]);
  const buckets = new Map<string, TopK<number>>();
  const offer = (key: string, k: number, i: number): void => {
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = new TopK(k, before)));
    bucket.offer(i);
  };
  holders.forEach((holder, i) => {
    for (let r = 0; r < request.requirements.length; r++) {
      if (((masks[i] >> r) & 1) === 0) continue;
      offer(`${r}`, POOL_CAP.perRequirement, i);
      if (focusDirections.has(holder.directionId)) offer(`${r}\u0000d\u0000${holder.directionId}`, POOL_CAP.perDirection, i);
      if (focusUnits.has(holder.unitId)) offer(`${r}\u0000u\u0000${holder.unitId}`, POOL_CAP.perUnit, i);
    }
  });
  const kept = new Set<number>();
  for (const bucket of buckets.values()) for (const i of bucket.values()) kept.add(i);
  return [...kept].map((i) => holders[i]);
}
