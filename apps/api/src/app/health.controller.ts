import { Controller, Get, Inject, Logger, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PROJECTIONS, Projection, ProjectionRunner, countParkedEvents, listCheckpoints } from '@maillage/shared/event-store';
import { EVENT_STORE, EventStore, comparePositions } from '@maillage/shared/kernel';
import { Public, errorForLog } from '@maillage/shared/nest';
import type { Response } from 'express';
import { Pool } from 'pg';
import { PG_POOL } from './event-sourcing.module';

/**
 * Liveness plus projection lag and parked events, for operators and load
 * balancers. Holds no personal data (counts only, no stream or event ids).
 *
 * Parked events make the status `degraded` but keep HTTP 200: every instance
 * shares the same read models, so a 503 would take all of them out of a load
 * balancer at once for a fault that only withholds some rows (fail closed)
 * and is repaired with `projections:retry-parked`. Monitoring reads `status`.
 *
 * A database that is away or frozen makes it `unavailable` with HTTP 503,
 * answered within HEALTH_TIMEOUT_MS whatever the database does: a load
 * balancer must get an answer, not a hung probe.
 */
export const HEALTH_TIMEOUT_MS = 2_000;

@ApiTags('exploitation')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(PROJECTIONS) private readonly projections: Projection[],
    private readonly runner: ProjectionRunner,
  ) {}

  private readonly logger = new Logger('Health');

  @Public()
  @Get()
  async health(@Res({ passthrough: true }) response: Response) {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`No answer from the database within ${HEALTH_TIMEOUT_MS} ms`)), HEALTH_TIMEOUT_MS);
    });
    const report = this.report();
    try {
      return await Promise.race([report, timeout]);
    } catch (error) {
      report.catch(() => undefined);
      this.logger.warn({ err: errorForLog(error) }, 'Health check: database unavailable');
      response.status(503);
      return { status: 'unavailable', eventStore: this.store.constructor.name, runsHere: this.runner.ownedProjections };
    } finally {
      clearTimeout(timer);
    }
  }

  private async report() {
    // Lag counts every committed event, including those an open transaction still hides from readers.
    const head = await this.store.committedHeadPosition();
    const checkpoints = new Map((await listCheckpoints(this.pool)).map((c) => [c.name, c]));
    const parked = await countParkedEvents(this.pool);
    const parkedBy = new Map(parked.map((p) => [p.projection, p.events]));
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
        parkedEvents: parkedBy.get(p.name) ?? 0,
        runsHere: owned.has(p.name),
        updatedAt: status?.updatedAt ?? null,
      };
    });
    return {
      status: parked.length > 0 ? 'degraded' : 'ok',
      eventStore: this.store.constructor.name,
      head,
      projections,
      parked: parked.map((p) => ({ projection: p.projection, events: p.events, streams: p.streams })),
    };
  }
}
