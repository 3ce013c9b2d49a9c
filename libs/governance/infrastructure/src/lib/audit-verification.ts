import { Pool } from 'pg';
import { AuditEntry, chainHash } from './audit-chain';

export interface AuditCheckpoint {
  readonly seq: number;
  readonly hash: string;
}

export interface AuditVerification {
  readonly ok: boolean;
  readonly checked: number;
  readonly firstBroken: { readonly seq: number; readonly reason: string } | null;
}

interface Row {
  seq: string;
  occurred_at: Date;
  viewer_account_id: string;
  viewer_agent_id: string | null;
  subject_agent_id: string;
  subject_direction_id: string | null;
  fields: string[];
  purpose: string;
  request_id: string;
  prev_hash: string;
  hash: string;
}

/**
 * Recomputes the whole chain from the anchor (the start, or the last entry a
 * retention purge removed) and checks it against the head row and against
 * exported checkpoints, so an edited, removed or truncated entry is found.
 */
export async function verifyAuditChain(pool: Pool, key: Buffer, checkpoints: readonly AuditCheckpoint[] = []): Promise<AuditVerification> {
  const { rows: heads } = await pool.query<{ seq: string; hash: string; anchor_seq: string; anchor_hash: string }>(
    'SELECT seq, hash, anchor_seq, anchor_hash FROM governance_audit_head WHERE id = 1',
  );
  const head = heads[0];
  const expectedAt = new Map(checkpoints.map((c) => [c.seq, c.hash]));
  let expectedSeq = Number(head.anchor_seq) + 1;
  let prevHash = head.anchor_hash;
  let checked = 0;
  const broken = (seq: number, reason: string): AuditVerification => ({ ok: false, checked, firstBroken: { seq, reason } });
  for (;;) {
    const { rows } = await pool.query<Row>('SELECT * FROM governance_read_audit WHERE seq >= $1 ORDER BY seq LIMIT 5000', [expectedSeq]);
    for (const row of rows) {
      const seq = Number(row.seq);
      if (seq !== expectedSeq) return broken(expectedSeq, `entry ${expectedSeq} is missing`);
      if (row.prev_hash !== prevHash) return broken(seq, 'it does not follow the previous entry');
      const entry: AuditEntry = {
        occurredAt: row.occurred_at.toISOString(),
        viewerAccountId: row.viewer_account_id,
        viewerAgentId: row.viewer_agent_id,
        subjectAgentId: row.subject_agent_id,
        subjectDirectionId: row.subject_direction_id,
        fields: row.fields,
        purpose: row.purpose,
        requestId: row.request_id,
      };
      if (chainHash(key, prevHash, seq, entry) !== row.hash) return broken(seq, 'its content or hash was altered');
      const exported = expectedAt.get(seq);
      if (exported !== undefined && exported !== row.hash) return broken(seq, 'it differs from an exported checkpoint');
      prevHash = row.hash;
      expectedSeq = seq + 1;
      checked++;
    }
    if (rows.length < 5000) break;
  }
  const lastSeq = expectedSeq - 1;
  if (lastSeq !== Number(head.seq) || prevHash !== head.hash) return broken(lastSeq + 1, 'the trail ends before its recorded head');
  const newest = checkpoints.reduce((max, c) => Math.max(max, c.seq), 0);
  if (newest > lastSeq) return broken(lastSeq + 1, `entries up to ${newest} were exported but are gone (truncated)`);
  return { ok: true, checked, firstBroken: null };
}

/**
 * Retention: removes entries older than the cutoff and anchors the chain on
 * the last one removed, so what remains still verifies.
 */
export async function purgeAuditBefore(pool: Pool, cutoff: Date): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT 1 FROM governance_audit_head WHERE id = 1 FOR UPDATE');
    const { rows } = await client.query<{ seq: string; hash: string }>(
      'SELECT seq, hash FROM governance_read_audit WHERE occurred_at < $1 ORDER BY seq DESC LIMIT 1',
      [cutoff],
    );
    if (rows.length === 0) {
      await client.query('COMMIT');
      return 0;
    }
    await client.query("SET LOCAL maillage.audit_retention_purge = 'on'");
    const deleted = await client.query('DELETE FROM governance_read_audit WHERE seq <= $1', [rows[0].seq]);
    await client.query('UPDATE governance_audit_head SET anchor_seq = $1, anchor_hash = $2 WHERE id = 1', [rows[0].seq, rows[0].hash]);
    await client.query('COMMIT');
    return deleted.rowCount ?? 0;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
