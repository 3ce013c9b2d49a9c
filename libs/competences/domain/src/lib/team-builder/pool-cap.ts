import { EligibleCandidates, lowestBit } from './candidate-pool';
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
 * Once teams are found, the pool grows around them (`PoolSelector.around`): the same
 * per-direction and per-unit quotas in their members' directions and units, where the closest
 * colleagues are.
 * The order, internal and never shown, prefers whoever holds more of the required skills (fewer
 * people to coordinate), then rarer ones (the binding constraints), then less time already
 * committed, then the agent id for determinism.
 * With 8 requirements the first pool stays under 8 × (12 + 3 × 9 + 2 × 13) ≈ 520; on the
 * benchmark city (50,000 agents) the grown pool is ~250 people (max ~330).
 */
export interface PoolCap {
  readonly uncappedUpTo: number;
  readonly perRequirement: number;
  readonly denseDirections: number;
  readonly perDirection: number;
  readonly denseUnits: number;
  readonly perUnit: number;
}

export const POOL_CAP: PoolCap = {
  uncappedUpTo: 150,
  perRequirement: 12,
  denseDirections: 6,
  perDirection: 3,
  denseUnits: 12,
  perUnit: 2,
};

export function popcount(mask: number): number {
  let n = mask - ((mask >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Per group (direction or unit), the required skills its holders have between them, and how many holders. */
function groupStats(eligible: EligibleCandidates, key: (c: Candidate) => string): Map<string, [mask: number, holders: number]> {
  const groups = new Map<string, [number, number]>();
  const { holders, masks } = eligible;
  for (let i = 0; i < holders.length; i++) {
    const id = key(holders[i]);
    const group = groups.get(id);
    if (group) {
      group[0] |= masks[i];
      group[1]++;
    } else groups.set(id, [masks[i], 1]);
  }
  return groups;
}

/** The k groups whose holders hold the most required skills, then the most holders, then by id. */
function densest(eligible: EligibleCandidates, key: (c: Candidate) => string, k: number): string[] {
  const groups = [...groupStats(eligible, key)].map(([id, [mask, holders]]) => ({ id, skills: popcount(mask), holders }));
  const top = new TopK<(typeof groups)[number]>(k, (a, b) => b.skills - a.skills || b.holders - a.holders || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  groups.forEach((g) => top.offer(g));
  return top.values().map((g) => g.id);
}

interface Focus {
  readonly perRequirement: number;
  readonly directions: ReadonlySet<string>;
  readonly units: ReadonlySet<string>;
}

/** Picks holders by quotas (see POOL_CAP), in one pass over all of them. */
export class PoolSelector {
  private readonly before: (i: number, j: number) => number;

  constructor(
    private readonly request: NormalizedTeamRequest,
    private readonly eligible: EligibleCandidates,
    private readonly cap: PoolCap = POOL_CAP,
  ) {
    const { holders, masks, holding } = eligible;
    const filled = masks.map(popcount);
    const rarity = masks.map((mask) => {
      let sum = 0;
      for (let bits = mask; bits !== 0; bits &= bits - 1) sum += 1 / holding[lowestBit(bits)];
      return sum;
    });
    this.before = (i, j) =>
      filled[j] - filled[i] ||
      rarity[j] - rarity[i] ||
      holders[i].committedShare - holders[j].committedShare ||
      (holders[i].agentId < holders[j].agentId ? -1 : holders[i].agentId > holders[j].agentId ? 1 : 0);
  }

  get capped(): boolean {
    return this.eligible.holders.length > this.cap.uncappedUpTo;
  }

  /** The first pool, in no particular order. */
  initial(): readonly Candidate[] {
    const { request, eligible, cap } = this;
    if (!this.capped) return eligible.holders;
    const directions = new Set([
      ...request.requiredDirectionIds,
      ...eligible.fixed.map((f) => f.directionId),
      ...densest(eligible, (c) => c.directionId, cap.denseDirections),
    ]);
    const units = new Set([...eligible.fixed.map((f) => f.unitId), ...densest(eligible, (c) => c.unitId, cap.denseUnits)]);
    return this.select({ perRequirement: cap.perRequirement, directions, units });
  }

  /** Holders in the directions and units of `members`, by the same quotas. */
  around(members: readonly Candidate[]): readonly Candidate[] {
    if (!this.capped) return [];
    return this.select({ perRequirement: 0, directions: new Set(members.map((m) => m.directionId)), units: new Set(members.map((m) => m.unitId)) });
  }

  private select(focus: Focus): readonly Candidate[] {
    const { request, eligible, cap, before } = this;
    const { holders, masks } = eligible;
    const count = request.requirements.length;
    const overall = focus.perRequirement > 0 ? Array.from({ length: count }, () => new TopK(focus.perRequirement, before)) : [];
    // Per group, one bucket per requirement, made on first use: no string key per offer.
    const groups = (ids: ReadonlySet<string>) => new Map([...ids].map((id) => [id, new Array<TopK<number> | undefined>(count)]));
    const byDirection = groups(focus.directions);
    const byUnit = groups(focus.units);
    const offer = (buckets: (TopK<number> | undefined)[], r: number, k: number, i: number): void => {
      (buckets[r] ??= new TopK(k, before)).offer(i);
    };
    for (let i = 0; i < holders.length; i++) {
      const direction = byDirection.get(holders[i].directionId);
      const unit = byUnit.get(holders[i].unitId);
      for (let bits = masks[i]; bits !== 0; bits &= bits - 1) {
        const r = lowestBit(bits);
        if (overall.length > 0) overall[r].offer(i);
        if (direction) offer(direction, r, cap.perDirection, i);
        if (unit) offer(unit, r, cap.perUnit, i);
      }
    }
    const kept = new Set<number>();
    const keep = (bucket: TopK<number> | undefined): void => bucket?.values().forEach((i) => kept.add(i));
    overall.forEach(keep);
    for (const buckets of [...byDirection.values(), ...byUnit.values()]) buckets.forEach(keep);
    return [...kept].map((i) => holders[i]);
  }
}

/** The first pool of the heuristic. */
export function capPool(request: NormalizedTeamRequest, eligible: EligibleCandidates, cap: PoolCap = POOL_CAP): readonly Candidate[] {
  return new PoolSelector(request, eligible, cap).initial();
}
