import { EventStore1764576000000 } from './postgres/event-store.migration';
import { EventStoreFasterAppend1764576600000 } from './postgres/faster-append.migration';
import { ProjectionParking1764577100000 } from './projections/parking.migration';
import { ProjectionCheckpoints1764576000001 } from './projections/projections.migration';

/** Every migration of the event store, projection checkpoints and parked events, in order. */
export const EVENT_STORE_MIGRATIONS = [
  EventStore1764576000000,
  ProjectionCheckpoints1764576000001,
  EventStoreFasterAppend1764576600000,
  ProjectionParking1764577100000,
];
