import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { purgeAuditBefore } from '@maillage/governance/infrastructure';
import { errorForLog } from '@maillage/shared/nest';
import { Pool, PoolClient } from 'pg';
import { PG_POOL } from './event-sourcing.module';

export const AUDIT_RETENTION_MONTHS = Symbol('AuditRetentionMonths');

const DAY = 86_400_000;
/** One instance purges at a time. */
const RETENTION_LOCK = 0x4d41_0002;

/**
 * Keeps read-audit entries for the configured months (12 by default, as the
 * CNIL recommends for access logs), purging daily; the chain stays verifiable.
 */
@Injectable()
export class AuditRetention implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AuditRetention');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(AUDIT_RETENTION_MONTHS) private readonly months: number,
  ) {}

  onApplicationBootstrap(): void {
    void this.purge();
    this.timer = setInterval(() => void this.purge(), DAY);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async purge(): Promise<void> {
    // Connecting inside the try: a database away at start-up must not become an unhandled rejection (it would end the process).
    let client: PoolClient | null = null;
    try {
      client = await this.pool.connect();
      const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [RETENTION_LOCK]);
      if (!rows[0].locked) return;
      const cutoff = new Date();
      cutoff.setMonth(cutoff.getMonth() - this.months);
      const purged = await purgeAuditBefore(this.pool, cutoff);
      if (purged > 0) this.logger.log({ purged, cutoff: cutoff.toISOString() }, 'Audit entries past retention purged');
      await client.query('SELECT pg_advisory_unlock($1)', [RETENTION_LOCK]);
    } catch (error) {
      this.logger.error({ err: errorForLog(error) }, 'Audit retention purge failed');
    } finally {
      client?.release();
    }
  }
}
