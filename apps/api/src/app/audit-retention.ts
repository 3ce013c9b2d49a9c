import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { purgeImportReportsBefore } from '@maillage/directory/infrastructure';
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
 * Import reports quote the HR values whose reads are audited: their values go
 * with the same retention, in the same purge.
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
    void this.purgeNow();
    this.timer = setInterval(() => void this.purgeNow(), DAY);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** One purge now (the daily timer's work; tests call it). A failure is logged, never thrown: the next day retries. */
  async purgeNow(): Promise<void> {
    // Connecting inside the try: a database away at start-up must not become an unhandled rejection (it would end the process).
    let client: PoolClient | null = null;
    let locked = false;
    try {
      client = await this.pool.connect();
      const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [RETENTION_LOCK]);
      locked = rows[0].locked;
      if (!locked) return;
      const cutoff = new Date();
      cutoff.setMonth(cutoff.getMonth() - this.months);
      const purged = await purgeAuditBefore(this.pool, cutoff);
      if (purged > 0) this.logger.log({ purged, cutoff: cutoff.toISOString() }, 'Audit entries past retention purged');
      const reports = await purgeImportReportsBefore(this.pool, cutoff);
      if (reports > 0) this.logger.log({ reports, cutoff: cutoff.toISOString() }, 'Import reports past retention emptied');
    } catch (error) {
      this.logger.error({ err: errorForLog(error) }, 'Audit retention purge failed');
    } finally {
      // A session lock outlives a failed purge on a pooled connection: released here, or no instance would purge again.
      if (locked) await client?.query('SELECT pg_advisory_unlock($1)', [RETENTION_LOCK]).catch(() => undefined);
      client?.release();
    }
  }
}
