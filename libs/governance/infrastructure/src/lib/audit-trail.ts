import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditEntry, chainEntries } from './audit-chain';

export const AUDIT_KEY = Symbol('AuditKey');
export const AUDIT_CHECKPOINT_SINK = Symbol('AuditCheckpointSink');

/** Where chain heads are exported, outside the database, so a truncated tail shows. */
export type AuditCheckpointSink = (checkpoint: { seq: number; hash: string; at: string }) => void;

interface Pending {
  readonly entries: readonly AuditEntry[];
  readonly done: (error?: unknown) => void;
}

/**
 * Appends audit entries in batches: concurrent requests share one transaction
 * that locks the chain head, chains the entries and inserts them at once.
 * A request's answer waits until its entries are durable, so nothing sensitive
 * leaves unaudited.
 */
@Injectable()
export class AuditTrail implements OnModuleDestroy {
  private readonly logger = new Logger('AuditTrail');
  private queue: Pending[] = [];
  private flushing: Promise<void> | null = null;
  private lastExport = 0;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(AUDIT_KEY) private readonly key: Buffer,
    @Inject(AUDIT_CHECKPOINT_SINK) private readonly exportCheckpoint: AuditCheckpointSink,
  ) {}

  record(entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.queue.push({ entries, done: (error) => (error ? reject(error) : resolve()) });
      this.flushing ??= this.drain();
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.flushing;
  }

  private async drain(): Promise<void> {
    // Let requests arriving in the same tick join the batch.
    await new Promise((r) => setImmediate(r));
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, 2000);
      try {
        await this.write(batch.flatMap((p) => p.entries));
        batch.forEach((p) => p.done());
      } catch (error) {
        this.logger.error({ err: error }, 'Audit entries could not be written');
        batch.forEach((p) => p.done(error));
      }
    }
    this.flushing = null;
  }

  private async write(entries: readonly AuditEntry[]): Promise<void> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const [head] = (await runner.query('SELECT seq, hash FROM governance_audit_head WHERE id = 1 FOR UPDATE')) as { seq: string; hash: string }[];
      const chained = chainEntries(this.key, { seq: Number(head.seq), hash: head.hash }, entries);
      await runner.query(
        `INSERT INTO governance_read_audit (seq, occurred_at, viewer_account_id, viewer_agent_id, subject_agent_id, subject_direction_id,
                                            fields, purpose, request_id, prev_hash, hash)
         SELECT seq, "occurredAt", "viewerAccountId", "viewerAgentId", "subjectAgentId", "subjectDirectionId",
                ARRAY(SELECT jsonb_array_elements_text(fields)), purpose, "requestId", "prevHash", hash
         FROM jsonb_to_recordset($1::jsonb) AS r(seq bigint, "occurredAt" timestamptz, "viewerAccountId" text, "viewerAgentId" uuid,
              "subjectAgentId" uuid, "subjectDirectionId" uuid, fields jsonb, purpose text, "requestId" text, "prevHash" text, hash text)`,
        [JSON.stringify(chained)],
      );
      const last = chained[chained.length - 1];
      await runner.query('UPDATE governance_audit_head SET seq = $1, hash = $2 WHERE id = 1', [last.seq, last.hash]);
      await runner.commitTransaction();
      if (Date.now() - this.lastExport >= 1000) {
        this.lastExport = Date.now();
        this.exportCheckpoint({ seq: last.seq, hash: last.hash, at: new Date().toISOString() });
      }
    } catch (error) {
      await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}
