import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { SQL, Sql } from '@maillage/shared/kernel';
import { errorForLog } from '@maillage/shared/nest';
import { AuditEntry, chainEntries } from './audit-chain';

export const AUDIT_KEY = Symbol('AuditKey');
export const AUDIT_CHECKPOINT_SINK = Symbol('AuditCheckpointSink');

/** Where chain heads are exported, outside the database, so a truncated tail shows. */
export type AuditCheckpointSink = (checkpoint: { seq: number; hash: string; at: string }) => void;

/**
 * Moves the head from ($4, $5) to ($2, $3) and inserts the chained entries $1,
 * or, if the head is no longer ($4, $5), does neither. Row-locking the head
 * serialises writers; under READ COMMITTED the loser re-checks the guard
 * against the winner's committed head and inserts nothing.
 */
const GUARDED_APPEND = `
  WITH moved AS (
    UPDATE governance_audit_head SET seq = $2, hash = $3 WHERE id = 1 AND seq = $4 AND hash = $5 RETURNING 1
  ), appended AS (
    INSERT INTO governance_read_audit (seq, occurred_at, viewer_account_id, viewer_agent_id, subject_agent_id, subject_direction_id,
                                       fields, purpose, request_id, prev_hash, hash)
    SELECT seq, "occurredAt", "viewerAccountId", "viewerAgentId", "subjectAgentId", "subjectDirectionId",
           ARRAY(SELECT jsonb_array_elements_text(fields)), purpose, "requestId", "prevHash", hash
    FROM jsonb_to_recordset($1::jsonb) AS r(seq bigint, "occurredAt" timestamptz, "viewerAccountId" text, "viewerAgentId" uuid,
         "subjectAgentId" uuid, "subjectDirectionId" uuid, fields jsonb, purpose text, "requestId" text, "prevHash" text, hash text)
    WHERE EXISTS (SELECT 1 FROM moved)
    RETURNING 1
  )
  SELECT count(*)::int AS inserted FROM appended`;

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
  /** The head as this instance last wrote it; null until read, or after another writer moved it. */
  private head: { seq: number; hash: string } | null = null;

  constructor(
    @Inject(SQL) private readonly db: Sql,
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
        this.logger.error({ err: errorForLog(error) }, 'Audit entries could not be written');
        batch.forEach((p) => p.done(error));
      }
    }
    this.flushing = null;
  }

  /**
   * One round trip in the common case: the chain head this instance last wrote
   * is kept in memory, and the batch goes in with a guarded head update in the
   * same statement. If another instance (or a purge) moved the head meanwhile,
   * the guard matches nothing, nothing is inserted, and the batch is chained
   * again — at last under the head's row lock.
   */
  private async write(entries: readonly AuditEntry[]): Promise<void> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const head = this.head ?? (await this.readHead());
      const chained = chainEntries(this.key, head, entries);
      const last = chained[chained.length - 1];
      const [{ inserted }] = await this.db.query<{ inserted: number }>(GUARDED_APPEND, [JSON.stringify(chained), last.seq, last.hash, head.seq, head.hash]);
      if (inserted === chained.length) return this.written(last);
      this.head = null;
    }
    await this.writeLocked(entries);
  }

  private async writeLocked(entries: readonly AuditEntry[]): Promise<void> {
    try {
      const last = await this.db.transaction(async (sql) => {
        const [head] = await sql.query<{ seq: string; hash: string }>('SELECT seq, hash FROM governance_audit_head WHERE id = 1 FOR UPDATE');
        const previous = { seq: Number(head.seq), hash: head.hash };
        const chained = chainEntries(this.key, previous, entries);
        const newest = chained[chained.length - 1];
        await sql.query(GUARDED_APPEND, [JSON.stringify(chained), newest.seq, newest.hash, previous.seq, previous.hash]);
        return newest;
      });
      this.written(last);
    } catch (error) {
      this.head = null;
      throw error;
    }
  }

  private async readHead(): Promise<{ seq: number; hash: string }> {
    const [head] = await this.db.query<{ seq: string; hash: string }>('SELECT seq, hash FROM governance_audit_head WHERE id = 1');
    return { seq: Number(head.seq), hash: head.hash };
  }

  private written(last: { seq: number; hash: string }): void {
    this.head = { seq: last.seq, hash: last.hash };
    if (Date.now() - this.lastExport >= 1000) {
      this.lastExport = Date.now();
      this.exportCheckpoint({ seq: last.seq, hash: last.hash, at: new Date().toISOString() });
    }
  }
}
