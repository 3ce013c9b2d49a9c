import { RecordedEvent } from '@maillage/shared/kernel';

/** The SQL a projection may run: always inside the batch's transaction. */
export interface ProjectionSql {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<{ rows: Row[] }>;
}

/**
 * A read model fed from the global log. `apply` receives a batch in log order
 * and must write set-based (one statement per table, not per event) and be
 * idempotent: a replayed event must not change the result. `Type` is the event
 * type union of the context it reads, so `eventTypes` cannot name a type that
 * does not exist (each projection's coverage test checks the other way round).
 */
export interface Projection<Type extends string = string> {
  readonly name: string;
  readonly eventTypes: readonly Type[];
  /**
   * Whether an event of this type, appended by a command, can change this read model: read-your-writes
   * waits only for the projections that say yes. Absent: the types in `eventTypes`. A projection fed
   * from another context's events through a mapping (integration events derived from domain events)
   * answers for the source types as well, so a write in the publishing context waits for it too.
   */
  consumes?(type: string): boolean;
  /** Tables emptied when the projection is rebuilt from zero. */
  readonly readModelTables: readonly string[];
  apply(events: readonly RecordedEvent[], sql: ProjectionSql): Promise<void>;
}

export const PROJECTIONS = Symbol('Projections');

/** What the read-your-writes waiter needs to know of a projection; a bare name is a read model of unknown types, waited for on every write. */
export type WaitedProjection = string | Pick<Projection, 'name' | 'eventTypes' | 'consumes'>;

export function projectionConsumes(projection: WaitedProjection, type: string): boolean {
  if (typeof projection === 'string') return true;
  return projection.consumes ? projection.consumes(type) : (projection.eventTypes as readonly string[]).includes(type);
}
