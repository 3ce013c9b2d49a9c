export { PostgresEventStore } from './lib/postgres/postgres-event-store';
export { EventStore1764576000000 } from './lib/postgres/event-store.migration';
export { EventStoreFasterAppend1764576600000 } from './lib/postgres/faster-append.migration';
export { EVENT_STORE_MIGRATIONS } from './lib/migrations';

export { ProjectionCheckpoints1764576000001 } from './lib/projections/projections.migration';
export { PROJECTIONS } from './lib/projections/projection';
export type { Projection, ProjectionSql } from './lib/projections/projection';
export { ProjectionRunner } from './lib/projections/projection-runner';
export type { ProjectionRunnerOptions } from './lib/projections/projection-runner';
export { ReadModelWaiter } from './lib/projections/read-model-waiter';
export { resetProjection } from './lib/projections/rebuild';
export { listCheckpoints, loadCheckpoint } from './lib/projections/checkpoints';
export type { CheckpointStatus } from './lib/projections/checkpoints';
export { subscribeToAll } from './lib/subscription';
export type { Subscription } from './lib/subscription';
export { EventStoreDbEventStore } from './lib/eventstoredb/eventstoredb-event-store';
