import { TeamAssessment, TeamProposal, findOptimalTeam, proposePlainGreedyTeam, proposeTeams } from '@maillage/competences/domain';
import { InstanceSize, SMALL, smallInstance } from './small-instances';

export const GAP_INSTANCES = 200;

/** How one algorithm's first team compares with the optimum over the small instances. */
export interface GapFigures {
  readonly instances: number;
  /** Gaps on the soft cost, over instances where the tiers (seats, directions) equal the optimum's. */
  readonly gaps: readonly number[];
  readonly optimal: number;
  /** The optimum covers every seat and this algorithm does not. */
  readonly coverageViolations: number;
  /** Any instance where this algorithm misses more seats or directions than the optimum. */
  readonly tierMisses: number;
  readonly millis: readonly number[];
}

export interface GapReport {
  readonly heuristic: GapFigures;
  readonly baseline: GapFigures;
  readonly exactMillis: readonly number[];
  readonly alternativesFound: readonly number[];
  /** Instances where two of the heuristic's alternatives have the same members (must be 0). */
  readonly duplicateAlternatives: number;
  readonly graphKinds: Readonly<Record<string, number>>;
}

const sameTier = (a: TeamAssessment, b: TeamAssessment): boolean => a.uncoveredSeats === b.uncoveredSeats && a.directionShortfall === b.directionShortfall;

class Tally {
  readonly gaps: number[] = [];
  readonly millis: number[] = [];
  optimal = 0;
  coverageViolations = 0;
  tierMisses = 0;

  record(found: TeamAssessment, optimum: TeamAssessment, millis: number): void {
    this.millis.push(millis);
    if (found.objective < optimum.objective - 1e-6) throw new Error('Found better than the optimum: the exact solver is wrong.');
    if (optimum.uncoveredSeats === 0 && found.uncoveredSeats > 0) this.coverageViolations++;
    if (!sameTier(found, optimum)) {
      this.tierMisses++;
      return;
    }
    // soft > 0 whenever the team has a member (0.5 each); an empty optimum means an empty team here too.
    const gap = optimum.softCost > 0 ? (found.softCost - optimum.softCost) / optimum.softCost : 0;
    this.gaps.push(gap);
    if (gap <= 1e-9) this.optimal++;
  }

  figures(instances: number): GapFigures {
    return { instances, gaps: this.gaps, optimal: this.optimal, coverageViolations: this.coverageViolations, tierMisses: this.tierMisses, millis: this.millis };
  }
}

function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

const memberKey = (p: TeamProposal): string => p.members.map((m) => m.agentId).sort().join(',');

export function runGapBench(count = GAP_INSTANCES, size: InstanceSize = SMALL): GapReport {
  const heuristic = new Tally();
  const baseline = new Tally();
  const exactMillis: number[] = [];
  const alternativesFound: number[] = [];
  const graphKinds: Record<string, number> = {};
  let duplicateAlternatives = 0;
  for (let seed = 1; seed <= count; seed++) {
    const { request, candidates, graph, graphKind } = smallInstance(seed, size);
    graphKinds[graphKind] = (graphKinds[graphKind] ?? 0) + 1;
    const [optimum, exactTime] = timed(() => findOptimalTeam(request, candidates, { graph }));
    const [proposals, heuristicTime] = timed(() => proposeTeams(request, candidates, { graph }));
    const [plain, baselineTime] = timed(() => proposePlainGreedyTeam(request, candidates, { graph }));
    exactMillis.push(exactTime);
    heuristic.record(proposals.proposals[0].assessment, optimum.assessment, heuristicTime);
    baseline.record(plain.assessment, optimum.assessment, baselineTime);
    alternativesFound.push(proposals.proposals.length);
    if (new Set(proposals.proposals.map(memberKey)).size < proposals.proposals.length) duplicateAlternatives++;
  }
  return {
    heuristic: heuristic.figures(count),
    baseline: baseline.figures(count),
    exactMillis,
    alternativesFound,
    duplicateAlternatives,
    graphKinds,
  };
}
