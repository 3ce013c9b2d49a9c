import { Controller, Get, Inject, Logger, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PROJECTIONS, Projection, ProjectionRunner, countParkedEvents, listCheckpoints } from '@maillage/shared/event-store';
import { EVENT_STORE, EventStore, comparePositions } from '@maillage/shared/kernel';
import { Public, errorForLog } from '@maillage/shared/nest';
import type { Response } from 'express';
import { Pool } from 'pg';
import { PG_POOL } from './event-sourcing.module';

/**
 * Health for operators, load balancers and orchestrators. Holds no personal
 * data (counts only, no stream or event ids). Three answers:
 *
 * - `GET /api/health/live`: the process serves HTTP. No I/O, so a database
 *   outage never gets the instance restarted (the container healthcheck uses it).
 * - `GET /api/health/ready`: this instance may take traffic: the database
 *   answers, and no projection is more than `readyMaxLag` positions behind
 *   (a rebuild after a restore would otherwise serve an empty directory).
 * - `GET /api/health`: the full report (projection lag, parked events).
 *
 * Parked events make the status `degraded` but keep HTTP 200, on ready too:
 * every instance shares the same read models, so a 503 would take all of them
 * out of a load balancer at once for a fault that only withholds some rows
 * (fail closed) and is repaired with `projections:retry-parked`. Monitoring
 * reads `status`.
 *
 * A database that is away or frozen makes health and ready `unavailable` with
 * HTTP 503, answered within HEALTH_TIMEOUT_MS whatever the database does: a
 * load balancer must get an answer, not a hung probe.
 */
export const HEALTH_TIMEOUT_MS = 2_000;

/** How many positions behind the log a projection may be while the instance still says it is ready. */
export const READY_MAX_LAG = Symbol('READY_MAX_LAG');

@ApiTags('exploitation')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(PROJECTIONS) private readonly projections: Projection[],
    private readonly runner: ProjectionRunner,
    @Inject(READY_MAX_LAG) private readonly readyMaxLag: number,
  ) {}

  private readonly logger = new Logger('Health');

  @Public()
  @Get()
  async health(@Res({ passthrough: true }) response: Response) {
    const report = await this.withinTimeout(this.report());
    if (report === null) return this.unavailable(response);
    return report;
  }

  @Public()
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  @Public()
  @Get('ready')
  async ready(@Res({ passthrough: true }) response: Response) {
    const report = await this.withinTimeout(this.report());
    if (report === null) return this.unavailable(response);
    const lagging = report.projections.filter((p) => p.positionsBehind > this.readyMaxLag).map((p) => p.name);
    if (lagging.length > 0) response.status(503);
    return {
      status: lagging.length > 0 ? 'catching-up' : report.status,
      lagging,
      parkedEvents: report.parked.reduce((sum, p) => sum + p.events, 0),
    };
  }

  /** The report, or null when the database failed or did not answer in time (logged). */
  private async withinTimeout<T>(work: Promise<T>): Promise<T | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`No answer from the database within ${HEALTH_TIMEOUT_MS} ms`)), HEALTH_TIMEOUT_MS);
    });
    try {
      return await Promise.race([work, timeout]);
    } catch (error) {
      work.catch(() => undefined);
      this.logger.warn({ err: errorForLog(error) }, 'Health check: database unavailable');
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  private unavailable(response: Response) {
    response.status(503);
    return { status: 'unavailable', eventStore: this.store.constructor.name, runsHere: this.runner.ownedProjections };
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
