import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PROJECTIONS, Projection, ProjectionRunner, listCheckpoints } from '@maillage/shared/event-store';
import { EVENT_STORE, EventStore, comparePositions } from '@maillage/shared/kernel';
import { Public } from '@maillage/shared/nest';
import { Pool } from 'pg';
import { PG_POOL } from './event-sourcing.module';

/** Liveness plus projection lag, for operators and load balancers. Holds no personal data. */
@ApiTags('exploitation')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(PROJECTIONS) private readonly projections: Projection[],
    private readonly runner: ProjectionRunner,
  ) {}

  @Public()
  @Get()
  async health() {
    // Lag counts every committed event, including those an open transaction still hides from readers.
    const head = await this.store.committedHeadPosition();
    const checkpoints = new Map((await listCheckpoints(this.pool)).map((c) => [c.name, c]));
    const owned = new Set(this.runner.ownedProjections);
    const projections = this.projections.map((p) => {
      const status = checkpoints.get(p.name);
      const checkpoint = status?.checkpoint ?? { transaction: 0, position: 0 };
      return {
        name: p.name,
        checkpoint,
        upToDate: comparePositions(checkpoint, head) >= 0,
        // Global positions are dense enough to be a fair measure of lag.
        positionsBehind: Math.max(0, head.position - checkpoint.position),
        runsHere: owned.has(p.name),
        updatedAt: status?.updatedAt ?? null,
      };
    });
    return { status: 'ok', eventStore: this.store.constructor.name, head, projections };
  }
}
