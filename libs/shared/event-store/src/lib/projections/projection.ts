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
  /** Tables emptied when the projection is rebuilt from zero. */
  readonly readModelTables: readonly string[];
  apply(events: readonly RecordedEvent[], sql: ProjectionSql): Promise<void>;
}

export const PROJECTIONS = Symbol('Projections');
