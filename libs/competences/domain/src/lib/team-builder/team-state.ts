import { OBJECTIVE_WEIGHTS, directionShortfall } from './objective';
import { Problem } from './problem';

const { uncoveredSeat, directionShortfall: perDirection } = OBJECTIVE_WEIGHTS;

/**
 * A team under construction with everything the objective needs kept up to date, so that the
 * change of objective for adding or removing one person costs O(skills they hold), and
 * applying it O(pool size) (each candidate's summed distance to the team).
 */
export class TeamState {
  readonly members: number[] = [];
  readonly inTeam: Uint8Array;
  /** Per candidate, the sum of their distances to the members. */
  readonly toTeam: Float64Array;
  private readonly holding: Int32Array;
  private readonly perDirection: Int32Array;
  private uncovered: number;
  private missingRequired: number;
  private represented = 0;
  private soft = 0;

  constructor(private readonly problem: Problem) {
    this.inTeam = new Uint8Array(problem.pool.length);
    this.toTeam = new Float64Array(problem.pool.length);
    this.holding = new Int32Array(problem.seats.length);
    this.perDirection = new Int32Array(problem.directionCount);
    this.uncovered = problem.seats.reduce((sum, s) => sum + s, 0);
    this.missingRequired = problem.requiredCount;
  }

  get size(): number {
    return this.members.length;
  }

  get uncoveredSeats(): number {
    return this.uncovered;
  }

  get shortfall(): number {
    return directionShortfall(this.missingRequired, this.represented, this.problem.minDirections);
  }

  get softCost(): number {
    return this.soft;
  }

  get objective(): number {
    return this.uncovered * uncoveredSeat + this.shortfall * perDirection + this.soft;
  }

  /** Seats of requirement r nobody in the team fills yet. */
  missingSeats(r: number): number {
    return Math.max(0, this.problem.seats[r] - this.holding[r]);
  }

  has(i: number): boolean {
    return this.inTeam[i] === 1;
  }

  /** Change of objective if candidate i joined. */
  addDelta(i: number): number {
    const { fills, seats, direction, required, unary, minDirections } = this.problem;
    let covered = 0;
    for (const r of fills[i]) if (this.holding[r] < seats[r]) covered++;
    let shortfall = 0;
    const d = direction[i];
    if (this.perDirection[d] === 0) {
      shortfall -= required[d];
      if (this.represented < minDirections) shortfall--;
    }
    return -covered * uncoveredSeat + shortfall * perDirection + this.toTeam[i] + unary[i];
  }

  /** Change of objective if member i left. */
  removeDelta(i: number): number {
    const { fills, seats, direction, required, unary, minDirections } = this.problem;
    let uncovered = 0;
    for (const r of fills[i]) if (this.holding[r] <= seats[r]) uncovered++;
    let shortfall = 0;
    const d = direction[i];
    if (this.perDirection[d] === 1) {
      shortfall += required[d];
      if (this.represented <= minDirections) shortfall++;
    }
    return uncovered * uncoveredSeat + shortfall * perDirection - this.toTeam[i] - unary[i];
  }

  add(i: number): void {
    const { fills, seats, direction, required, unary, distance } = this.problem;
    for (const r of fills[i]) if (this.holding[r]++ < seats[r]) this.uncovered--;
    if (this.perDirection[direction[i]]++ === 0) {
      this.represented++;
      this.missingRequired -= required[direction[i]];
    }
    this.soft += this.toTeam[i] + unary[i];
    this.shiftDistances(i, distance, 1);
    this.inTeam[i] = 1;
    this.members.push(i);
  }

  remove(i: number): void {
    const { fills, seats, direction, required, unary, distance } = this.problem;
    for (const r of fills[i]) if (--this.holding[r] < seats[r]) this.uncovered++;
    if (--this.perDirection[direction[i]] === 0) {
      this.represented--;
      this.missingRequired += required[direction[i]];
    }
    this.shiftDistances(i, distance, -1);
    this.soft -= this.toTeam[i] + unary[i];
    this.inTeam[i] = 0;
    this.members.splice(this.members.indexOf(i), 1);
  }

  /** Members in increasing pool order: the team's identity. */
  snapshot(): number[] {
    return [...this.members].sort((a, b) => a - b);
  }

  private shiftDistances(i: number, distance: Float64Array, sign: 1 | -1): void {
    const n = this.toTeam.length;
    const row = i * n;
    for (let j = 0; j < n; j++) this.toTeam[j] += sign * distance[row + j];
  }
}

export function stateOf(problem: Problem, members: readonly number[]): TeamState {
  const state = new TeamState(problem);
  for (const i of members) state.add(i);
  return state;
}
