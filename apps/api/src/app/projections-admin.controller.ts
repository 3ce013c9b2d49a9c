import { Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PROJECTIONS, Projection, ProjectionRunner, RetryParkedOutcome, retryParkedEvents } from '@maillage/shared/event-store';
import { DomainError, EVENT_STORE, EventStore } from '@maillage/shared/kernel';
import { RequireRoles } from '@maillage/shared/nest';
import { Pool } from 'pg';
import { PG_POOL } from './pg-pool';

/**
 * Operators (DLSI, role `admin`) retry a projection's parked events after a
 * fix, without a shell: the same as `npm run projections:retry-parked`.
 * Answers counts only: parked events may concern people.
 */
@ApiTags('exploitation')
@Controller('admin/projections')
export class ProjectionsAdminController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(PROJECTIONS) private readonly projections: Projection[],
    private readonly runner: ProjectionRunner,
  ) {}

  @Post(':name/parked/retry')
  @HttpCode(200)
  @RequireRoles('admin')
  async retryParked(@Param('name') name: string): Promise<RetryParkedOutcome> {
    const projection = this.projections.find((p) => p.name === name);
    if (!projection) {
      throw new DomainError(
        'PROJECTIONS.UNKNOWN',
        'not_found',
        `Cette projection n’existe pas. Projections connues : ${this.projections.map((p) => p.name).join(', ')}.`,
      );
    }
    const outcome = await retryParkedEvents(this.pool, this.store, projection);
    this.runner.nudge();
    return outcome;
  }
}
