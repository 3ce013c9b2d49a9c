import { Relation } from '@maillage/governance/domain';
import { Canary, MAY_SEE } from './canary-sweep.canaries';
import { GetOperation, QueryProbes, nextPage, queryVariants, urlOf } from './canary-sweep.openapi';
import { canariesIn, idsIn } from './canary-sweep.scanner';
import { Http } from './http';

export interface Observer {
  readonly name: string;
  readonly http: Http;
  /** How this observer relates to the owner of a canary (computed from the directory beforehand). */
  relationTo(ownerId: string): Relation;
  /** Team proposals this observer saved: the only place "staffing only" skills may show to them. */
  readonly ownProposalIds: ReadonlySet<string>;
}

export interface Call {
  readonly observer: string;
  readonly operation: string;
  readonly url: string;
  readonly status: number;
}

export interface Sighting extends Call {
  readonly canary: Canary;
  /** Whether the observer is in the canary's audience (MAY_SEE): a sighting that is not is a leak. */
  readonly allowed: boolean;
}

export interface SweepInput {
  readonly operations: readonly GetOperation[];
  readonly observers: readonly Observer[];
  readonly canaries: readonly Canary[];
  /** Identifiers every path parameter tries first: the targets, their units, import jobs, proposals, canary skills. */
  readonly seeds: readonly string[];
  readonly probes: QueryProbes;
}

export interface SweepResult {
  readonly calls: readonly Call[];
  readonly sightings: readonly Sighting[];
}

/** Discovered values per path parameter, beyond the seeds: a few of every kind, more of the kind the parameter is named after. */
const PER_KIND = 3;
const PER_NAMED_KIND = 12;
const MAX_ROUNDS = 6;
const MAX_PAGES = 20;

/** Identifiers found in the answers so far, grouped by the key they were found under, in discovery order. */
class IdPool {
  private readonly byKey = new Map<string, string[]>();
  private readonly known = new Set<string>();

  add(key: string, value: string): void {
    if (this.known.has(value)) return;
    this.known.add(value);
    const group = this.byKey.get(key) ?? [];
    group.push(value);
    this.byKey.set(key, group);
  }

  candidatesFor(parameter: string, seeds: readonly string[]): string[] {
    const values = new Set(seeds);
    for (const [key, group] of this.byKey) {
      for (const value of group.slice(0, key === parameter ? PER_NAMED_KIND : PER_KIND)) values.add(value);
    }
    return [...values];
  }
}

/**
 * Calls every GET operation of the document as every observer, breadth first:
 * operations without path parameters first, then each parameterised one with
 * the seeds and the identifiers found in earlier answers, until no new value
 * turns up. Every answer (JSON, CSV, problem+json…) is scanned for every canary.
 */
export async function sweep(input: SweepInput): Promise<SweepResult> {
  const calls: Call[] = [];
  const sightings: Sighting[] = [];
  const pool = new IdPool();
  const tried = new Map<string, Set<string>>();

  const call = async (observer: Observer, operation: GetOperation, url: string) => {
    const response = await observer.http.get(url);
    calls.push({ observer: observer.name, operation: operation.key, url, status: response.status });
    for (const canary of canariesIn(response.text, url, response.status, input.canaries)) {
      const ownProposal = [...observer.ownProposalIds].some((id) => url.includes(id));
      const allowed = MAY_SEE[canary.kind]({ relation: observer.relationTo(canary.ownerId), ownProposal });
      sightings.push({ observer: observer.name, operation: operation.key, url, status: response.status, canary, allowed });
    }
    if (response.status < 300 && response.body !== null) idsIn(response.body, (key, value) => pool.add(key, value));
    return response;
  };

  /** One path binding, as every observer: the base query (and its pages), then the variants where the base was readable. */
  const visit = async (operation: GetOperation, pathValues: Record<string, string>, withVariants: boolean) => {
    const [base, ...variants] = queryVariants(operation, input.probes);
    await Promise.all(
      input.observers.map(async (observer) => {
        let query: Record<string, string> | null = base;
        let readable = false;
        for (let page = 0; query && page < MAX_PAGES; page++) {
          const response = await call(observer, operation, urlOf(operation.path, pathValues, query));
          readable ||= response.status < 300;
          query = response.status < 300 ? nextPage(response.body, query) : null;
        }
        if (!withVariants && !readable) return;
        for (const variant of variants) await call(observer, operation, urlOf(operation.path, pathValues, variant));
      }),
    );
  };

  for (const operation of input.operations.filter((o) => o.pathParams.length === 0)) await visit(operation, {}, true);

  const parameterised = input.operations.filter((o) => o.pathParams.length > 0);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let fresh = 0;
    for (const operation of parameterised) {
      const done = tried.get(operation.key) ?? new Set<string>();
      tried.set(operation.key, done);
      for (const binding of bindings(operation, pool, input.seeds)) {
        const id = JSON.stringify(binding);
        if (done.has(id)) continue;
        done.add(id);
        fresh++;
        await visit(operation, binding, false);
      }
    }
    if (fresh === 0) break;
  }
  return { calls, sightings };
}

/** Every combination of candidate values for the operation's path parameters (capped: none has more than one today). */
function bindings(operation: GetOperation, pool: IdPool, seeds: readonly string[]): Record<string, string>[] {
  let combos: Record<string, string>[] = [{}];
  for (const parameter of operation.pathParams) {
    const values = pool.candidatesFor(parameter, seeds);
    combos = combos.flatMap((combo) => values.map((value) => ({ ...combo, [parameter]: value }))).slice(0, 400);
  }
  return combos;
}
