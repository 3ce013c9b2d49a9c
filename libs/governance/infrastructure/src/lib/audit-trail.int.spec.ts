import { randomBytes, randomUUID } from 'node:crypto';
import { createTestDatabase, TestDatabase } from '@maillage/shared/testing';
import { Pool } from 'pg';
import { AuditEntry } from './audit-chain';
import { AuditTrail } from './audit-trail';
import { purgeAuditBefore, verifyAuditChain } from './audit-verification';
import { GOVERNANCE_MIGRATIONS } from './governance.migration';
import { EVENT_STORE_MIGRATIONS, PoolSql } from '@maillage/shared/event-store';

const key = randomBytes(32);
let db: TestDatabase;
let sql: PoolSql;
let checkpoints: { seq: number; hash: string }[];
let trail: AuditTrail;

const entry = (subject = randomUUID(), occurredAt = new Date().toISOString()): AuditEntry => ({
  occurredAt,
  viewerAccountId: randomUUID(),
  viewerAgentId: randomUUID(),
  subjectAgentId: subject,
  subjectDirectionId: null,
  fields: ['grade', 'category'],
  purpose: 'GET /api/agents/:id',
  requestId: randomUUID(),
});

beforeEach(async () => {
  db = await createTestDatabase([...EVENT_STORE_MIGRATIONS, ...GOVERNANCE_MIGRATIONS]);
  sql = new PoolSql(db.pool);
  checkpoints = [];
  trail = new AuditTrail(sql, key, (c) => checkpoints.push(c));
});
afterEach(async () => {
  await db.drop();
});

/** Tampering needs the superuser: the triggers stop everyone else. */
async function asSuperuser(statement: string, params: unknown[] = []): Promise<void> {
  await db.pool.query('ALTER TABLE governance_read_audit DISABLE TRIGGER USER');
  await db.pool.query(statement, params);
  await db.pool.query('ALTER TABLE governance_read_audit ENABLE TRIGGER USER');
}

describe('read audit trail', () => {
  it('chains concurrent entries into one verifiable trail', async () => {
    await Promise.all(Array.from({ length: 300 }, () => trail.record([entry()])));
    const result = await verifyAuditChain(db.pool, key, checkpoints);
    expect(result).toEqual({ ok: true, checked: 300, firstBroken: null });
  });

  it('keeps one chain when several app instances write at once (each holds its own view of the head)', async () => {
    // Another instance has its own pool.
    const otherPool = new Pool({ connectionString: db.url });
    const other = new PoolSql(otherPool);
    try {
      const instances = [trail, new AuditTrail(other, key, (c) => checkpoints.push(c)), new AuditTrail(sql, key, (c) => checkpoints.push(c))];
      // Rounds of concurrent writes, each instance's in-memory head going stale in turn.
      for (let round = 0; round < 5; round++) {
        await Promise.all(instances.flatMap((instance) => Array.from({ length: 20 }, () => instance.record([entry()]))));
      }
      expect(await verifyAuditChain(db.pool, key, checkpoints)).toEqual({ ok: true, checked: 300, firstBroken: null });
      const { rows } = await db.pool.query('SELECT seq FROM governance_audit_head WHERE id = 1');
      expect(Number(rows[0].seq)).toBe(300);
    } finally {
      await otherPool.end();
    }
  });

  it('refuses updates, deletes and truncation to the application', async () => {
    await trail.record([entry()]);
    await expect(db.pool.query(`UPDATE governance_read_audit SET purpose = 'x'`)).rejects.toMatchObject({ code: 'MA004' });
    await expect(db.pool.query('DELETE FROM governance_read_audit')).rejects.toMatchObject({ code: 'MA004' });
    await expect(db.pool.query('TRUNCATE governance_read_audit')).rejects.toMatchObject({ code: 'MA004' });
  });

  it('detects an entry edited by a superuser and names it', async () => {
    for (let i = 0; i < 10; i++) await trail.record([entry()]);
    await asSuperuser(`UPDATE governance_read_audit SET fields = ARRAY['grade'] WHERE seq = 4`);
    expect(await verifyAuditChain(db.pool, key, checkpoints)).toMatchObject({ ok: false, firstBroken: { seq: 4 } });
  });

  it('detects an entry deleted from the middle', async () => {
    for (let i = 0; i < 10; i++) await trail.record([entry()]);
    await asSuperuser('DELETE FROM governance_read_audit WHERE seq = 6');
    expect(await verifyAuditChain(db.pool, key, checkpoints)).toMatchObject({ ok: false, firstBroken: { seq: 6 } });
  });

  it('detects a truncated tail, even when the head row was rewound too', async () => {
    for (let i = 0; i < 10; i++) await trail.record([entry()]);
    const exported = [{ seq: 10, hash: (await db.pool.query('SELECT hash FROM governance_read_audit WHERE seq = 10')).rows[0].hash }];
    const { rows } = await db.pool.query('SELECT hash FROM governance_read_audit WHERE seq = 7');
    await asSuperuser('DELETE FROM governance_read_audit WHERE seq > 7');
    await db.pool.query('UPDATE governance_audit_head SET seq = 7, hash = $1', [rows[0].hash]);
    expect((await verifyAuditChain(db.pool, key, [])).ok).toBe(true);
    expect(await verifyAuditChain(db.pool, key, exported)).toMatchObject({ ok: false, firstBroken: { seq: 8 } });
  });

  it('detects entries forged without the key', async () => {
    await trail.record([entry()]);
    const forger = new AuditTrail(sql, randomBytes(32), () => undefined);
    await forger.record([entry()]);
    expect(await verifyAuditChain(db.pool, key)).toMatchObject({ ok: false, firstBroken: { seq: 2 } });
  });

  it('purges entries past retention and keeps the rest verifiable', async () => {
    const old = new Date(Date.now() - 400 * 86_400_000).toISOString();
    for (let i = 0; i < 5; i++) await trail.record([entry(randomUUID(), old)]);
    for (let i = 0; i < 5; i++) await trail.record([entry()]);
    const cutoff = new Date(Date.now() - 365 * 86_400_000);
    expect(await purgeAuditBefore(db.pool, cutoff)).toBe(5);
    expect(await verifyAuditChain(db.pool, key)).toEqual({ ok: true, checked: 5, firstBroken: null });
  });
});
