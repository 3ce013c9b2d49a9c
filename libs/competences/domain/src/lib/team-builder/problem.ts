import { CollaborationGraph, boundedDistance } from './collaboration-graph';
import { NormalizedTeamRequest, requirementMask } from './normalized-request';
import { memberCost } from './objective';
import { Candidate } from './team-request';

/** A request over a pool, in arrays and indices: what both solvers search. */
export interface Problem {
  readonly pool: readonly Candidate[];
  /** Pool indices of the fixed members (always in). */
  readonly fixed: readonly number[];
  readonly maxSize: number;
  /** Seats per requirement. */
  readonly seats: Int32Array;
  /** Per candidate, the requirements they can fill. */
  readonly fills: readonly (readonly number[])[];
  /** Per requirement, the candidates who can fill it. */
  readonly holders: readonly (readonly number[])[];
  /** Per candidate, their direction's index. */
  readonly direction: Int32Array;
  readonly directionCount: number;
  /** Per direction index, 1 when the request requires it. Required ones come first. */
  readonly required: Uint8Array;
  readonly requiredCount: number;
  readonly minDirections: number;
  /** Per candidate, committed time and size weights. */
  readonly unary: Float64Array;
  /** n × n distances, row-major. */
  readonly distance: Float64Array;
}

export function compileProblem(request: NormalizedTeamRequest, pool: readonly Candidate[], graph: CollaborationGraph): Problem {
  const n = pool.length;
  const directionIndex = new Map<string, number>();
  const indexOf = (id: string): number => {
    let index = directionIndex.get(id);
    if (index === undefined) directionIndex.set(id, (index = directionIndex.size));
    return index;
  };
  request.requiredDirectionIds.forEach(indexOf);
  const direction = Int32Array.from(pool, (c) => indexOf(c.directionId));
  const required = new Uint8Array(directionIndex.size);
  required.fill(1, 0, request.requiredDirectionIds.length);
  const fills = pool.map((c) => {
    const mask = requirementMask(request, c.skills);
    return request.requirements.map((_, r) => r).filter((r) => (mask >> r) & 1);
  });
  const holders = request.requirements.map((_, r) => fills.flatMap((f, i) => (f.includes(r) ? [i] : [])));
  const distance = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const d = boundedDistance(graph, pool[i], pool[j]);
      distance[i * n + j] = d;
      distance[j * n + i] = d;
    }
  }
  return {
    pool,
    fixed: request.fixedMemberIds.map((id) => pool.findIndex((c) => c.agentId === id)),
    maxSize: request.maxSize,
    seats: Int32Array.from(request.requirements, (r) => r.count),
    fills,
    holders,
    direction,
    directionCount: directionIndex.size,
    required,
    requiredCount: request.requiredDirectionIds.length,
    minDirections: request.minDirections,
    unary: Float64Array.from(pool, memberCost),
    distance,
  };
}
