import { POOL_CAP, PoolCap, TeamAssessment, orgProximity, proposePlainGreedyTeam, proposeTeams } from '@maillage/competences/domain';
import { loadavg } from 'node:os';
import { buildCity } from './city';
import { CITY_REQUESTS, WARM_UP_REQUESTS, cityRequests } from './city-requests';

export type CityMode = 'heuristic' | 'baseline' | 'wide-pool';

/** What one child process measured on the 50,000-agent city. */
export interface CityRun {
  readonly mode: CityMode;
  readonly buildMillis: number;
  readonly agents: number;
  readonly directions: number;
  readonly units: number;
  /** Wall-clock time per timed request, in request order. */
  readonly millis: readonly number[];
  /** CPU time of the process per timed request (user + system, GC threads included): robust to other load. */
  readonly cpuMillis: readonly number[];
  /** 1-minute load average before and after the timed requests. */
  readonly load: readonly [number, number];
  readonly assessments: readonly TeamAssessment[];
  readonly alternatives: readonly number[];
  readonly poolSizes: readonly number[];
  readonly eligibleCounts: readonly number[];
  readonly coldMillis: number;
  /** Resident set after the city is built, before any request. */
  readonly rssBefore: number;
  /** Peak resident set of the whole process (getrusage), the city included. */
  readonly peakRss: number;
  readonly heapUsedAfter: number;
}

/** The wide pool: four times the default cap everywhere, to see what the cap costs. */
const WIDE_POOL: PoolCap = {
  uncappedUpTo: POOL_CAP.uncappedUpTo,
  perRequirement: POOL_CAP.perRequirement * 4,
  denseDirections: POOL_CAP.denseDirections * 2,
  perDirection: POOL_CAP.perDirection * 4,
  denseUnits: POOL_CAP.denseUnits * 4,
  perUnit: POOL_CAP.perUnit * 2,
};

export function runCity(mode: CityMode): CityRun {
  const started = performance.now();
  const city = buildCity();
  const graph = orgProximity(city.unitParents);
  const requests = cityRequests(city, WARM_UP_REQUESTS + CITY_REQUESTS, 7);
  const buildMillis = performance.now() - started;
  const rssBefore = process.memoryUsage().rss;
  const options = { graph, labels: city.labels, ...(mode === 'wide-pool' ? { poolCap: WIDE_POOL } : {}) };
  const millis: number[] = [];
  const cpuMillis: number[] = [];
  const assessments: TeamAssessment[] = [];
  const alternatives: number[] = [];
  const poolSizes: number[] = [];
  const eligibleCounts: number[] = [];
  let coldMillis = 0;
  const loadBefore = loadavg()[0];
  requests.forEach((request, k) => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const result = mode === 'baseline' ? null : proposeTeams(request, city.candidates, options);
    const plain = mode === 'baseline' ? proposePlainGreedyTeam(request, city.candidates, options) : null;
    const elapsed = performance.now() - start;
    const used = process.cpuUsage(cpu);
    if (k === 0) coldMillis = elapsed;
    if (k < WARM_UP_REQUESTS) return;
    millis.push(elapsed);
    cpuMillis.push((used.user + used.system) / 1000);
    if (plain) assessments.push(plain.assessment);
    if (!result) return;
    assessments.push(result.proposals[0].assessment);
    alternatives.push(result.proposals.length);
    poolSizes.push(result.poolSize);
    eligibleCounts.push(result.eligibleCount);
  });
  return {
    mode,
    buildMillis,
    agents: city.candidates.length,
    directions: city.directionIds.length,
    units: city.unitCount,
    millis,
    cpuMillis,
    load: [loadBefore, loadavg()[0]],
    assessments,
    alternatives,
    poolSizes,
    eligibleCounts,
    coldMillis,
    rssBefore,
    peakRss: process.resourceUsage().maxRSS * 1024,
    heapUsedAfter: process.memoryUsage().heapUsed,
  };
}
