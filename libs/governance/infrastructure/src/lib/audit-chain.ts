import { createHmac } from 'node:crypto';

/** One read of sensitive fields, as the trail stores it. */
export interface AuditEntry {
  readonly occurredAt: string;
  readonly viewerAccountId: string;
  readonly viewerAgentId: string | null;
  readonly subjectAgentId: string;
  /** The agent's direction at the time of the read: aggregate figures need no join with the directory. */
  readonly subjectDirectionId: string | null;
  readonly fields: readonly string[];
  readonly purpose: string;
  readonly requestId: string;
}

export interface ChainedEntry extends AuditEntry {
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
}

/** A stable serialisation: the same entry always hashes the same way. */
function canonical(seq: number, entry: AuditEntry): string {
  return JSON.stringify([
    seq,
    entry.occurredAt,
    entry.viewerAccountId,
    entry.viewerAgentId,
    entry.subjectAgentId,
    entry.subjectDirectionId,
    [...entry.fields],
    entry.purpose,
    entry.requestId,
  ]);
}

/**
 * hash(n) = HMAC(key, hash(n-1) ‖ entry(n)). The key is not in the database,
 * so whoever can write the table cannot forge a consistent chain.
 */
export function chainHash(key: Buffer, prevHash: string, seq: number, entry: AuditEntry): string {
  return createHmac('sha256', key).update(prevHash).update('\n').update(canonical(seq, entry)).digest('base64url');
}

export function chainEntries(key: Buffer, head: { seq: number; hash: string }, entries: readonly AuditEntry[]): ChainedEntry[] {
  const chained: ChainedEntry[] = [];
  let { seq, hash } = head;
  for (const entry of entries) {
    seq += 1;
    const next = chainHash(key, hash, seq, entry);
    chained.push({ ...entry, seq, prevHash: hash, hash: next });
    hash = next;
  }
  return chained;
}
