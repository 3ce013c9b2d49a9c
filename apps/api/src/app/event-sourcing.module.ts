import { DynamicModule, Global, Inject, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { competencesDirectoryConsumers, competencesProjections } from '@maillage/competences/infrastructure';
import { DirectoryPublisher, directoryProjections } from '@maillage/directory/infrastructure';
import { governanceDirectoryConsumers, governanceProjections } from '@maillage/governance/infrastructure';
import { identityProjections } from '@maillage/identity/infrastructure';
import {
  EventStoreDbEventStore,
  PROJECTIONS,
  PoolSql,
  PostgresEventStore,
  Projection,
  ProjectionRunner,
  ReadModelWaiter,
  createResilientPool,
  subscribe,
} from '@maillage/shared/event-store';
import { CLOCK, EVENT_STORE, EventStore, SQL, systemClock } from '@maillage/shared/kernel';
import { READ_MODEL_WAIT_MS, ReadYourWrites, errorForLog } from '@maillage/shared/nest';
import { Pool } from 'pg';
import { AppConfig } from '../config';
import { eventUpcasters } from './event-upcasters';
import { PG_POOL } from './pg-pool';
import { ProjectionsAdminController } from './projections-admin.controller';

export { PG_POOL };

/** Each context's projections of another's published events, fed through the publisher's translator. */
export const subscriptions = (): Projection[] => {
  const directory = new DirectoryPublisher();
  return [...governanceDirectoryConsumers(), ...competencesDirectoryConsumers()].map((consumer) => subscribe(directory, consumer));
};

export const allProjections = (): Projection[] => [
  ...directoryProjections(),
  ...identityProjections(),
  ...governanceProjections(),
  ...competencesProjections(),
  ...subscriptions(),
];

/**
 * The write side and the projection machinery, shared by every context:
 * the instance's one PostgreSQL pool and the `Sql` port over it (every read
 * model, store and query of every context), the event store (PostgreSQL by
 * default, EventStoreDB when EVENTSTORE_URL is set), the projection runner
 * and the read-your-writes waiter.
 */
@Global()
@Module({})
export class EventSourcingModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Projections');

  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: EventSourcingModule,
      controllers: [ProjectionsAdminController],
      providers: [
        {
          provide: PG_POOL,
          useFactory: () =>
            createResilientPool({ connectionString: config.databaseUrl, max: config.databasePoolSize, timeouts: config.databaseTimeouts }, (error) =>
              new Logger('Database').warn({ err: errorForLog(error) }, 'An idle database connection was lost; the pool opens a new one on demand'),
            ),
        },
        { provide: SQL, inject: [PG_POOL], useFactory: (pool: Pool) => new PoolSql(pool) },
        {
          provide: EVENT_STORE,
          inject: [PG_POOL],
          useFactory: (pool: Pool): EventStore =>
            config.eventStoreUrl
              ? EventStoreDbEventStore.fromConnectionString(config.eventStoreUrl, eventUpcasters)
              : new PostgresEventStore(pool, eventUpcasters),
        },
        { provide: CLOCK, useValue: systemClock },
        { provide: PROJECTIONS, useFactory: allProjections },
        {
          provide: ProjectionRunner,
          inject: [PG_POOL, EVENT_STORE, PROJECTIONS],
          useFactory: (pool: Pool, store: EventStore, projections: Projection[]) =>
            new ProjectionRunner(pool, store, projections, {
              onError: (name, error) => new Logger('Projections').error({ projection: name, err: errorForLog(error) }, 'Projection batch failed, will retry'),
              onAcquired: (names) => new Logger('Projections').log({ projections: names }, `Projections now run here: ${names.join(', ')}`),
              onLost: (names, error) =>
                new Logger('Projections').warn(
                  { projections: names, err: errorForLog(error) },
                  `Lock connection lost, projections stopped here until re-taken: ${names.join(', ')}`,
                ),
              onParked: (name, count) =>
                new Logger('Projections').error(
                  `${count} event(s) parked by projection "${name}": the rows they concern are withheld until \`npm run projections:retry-parked -- ${name}\` applies them`,
                ),
            }),
        },
        {
          provide: ReadModelWaiter,
          inject: [PG_POOL, PROJECTIONS, ProjectionRunner],
          useFactory: (pool: Pool, projections: Projection[], runner: ProjectionRunner) =>
            new ReadModelWaiter(pool, projections, runner),
        },
        { provide: READ_MODEL_WAIT_MS, useValue: config.readModelWaitMs },
        ReadYourWrites,
      ],
      exports: [PG_POOL, SQL, EVENT_STORE, CLOCK, PROJECTIONS, ProjectionRunner, ReadModelWaiter, ReadYourWrites],
    };
  }

  onApplicationBootstrap(): void {
    this.runner.start();
    this.logger.log(`Projection runner started (${this.store.constructor.name})`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
    if (this.store instanceof EventStoreDbEventStore) await this.store.dispose();
    await this.pool.end();
  }
}
