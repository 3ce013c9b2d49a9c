import { randomUUID } from 'node:crypto';
import { createTestDatabase, TestDatabase } from '@maillage/shared/testing';
import { AuditRetention } from './audit-retention';
import { MIGRATIONS } from './database';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase(MIGRATIONS);
});
afterAll(() => db?.drop());

/** An import job as the import service stores it, made `monthsAgo` months ago, its report quoting a grade. */
async function importJob(monthsAgo: number, status = 'applied'): Promise<string> {
  const id = randomUUID();
  const report = [{ line: 2, matricule: 'M4242', changes: [{ field: 'grade', column: 'grade', from: 'Attaché', to: 'Attaché principal' }] }];
  await db.pool.query(
    `INSERT INTO directory_imports (id, file_name, sha256, created_by, created_at, finished_at, status, total_rows, summary, report, plan)
     VALUES ($1, 'annuaire.csv', 'abc', 'account', now() - make_interval(months => $2), CASE WHEN $3 = 'dry_run' THEN NULL ELSE now() - make_interval(months => $2) END,
             $3, 1, '{"rows": 1}'::jsonb, $4::jsonb, '[{"commands": [{"changes": {"grade": "Attaché principal"}}]}]'::jsonb)`,
    [id, monthsAgo, status, JSON.stringify(report)],
  );
  return id;
}

const job = async (id: string) => (await db.pool.query('SELECT report, plan, summary, purged_at FROM directory_imports WHERE id = $1', [id])).rows[0];

describe('AuditRetention', () => {
  it('empties the import reports past the retention in the daily purge, and keeps the recent ones and every count', async () => {
    const old = await importJob(13);
    const oldDryRun = await importJob(14, 'dry_run');
    const recent = await importJob(11);
    await new AuditRetention(db.pool, 12).purgeNow();

    for (const id of [old, oldDryRun]) {
      const purged = await job(id);
      expect(purged).toMatchObject({ report: [], plan: [], summary: { rows: 1 } });
      expect(purged.purged_at).toBeInstanceOf(Date);
      expect(JSON.stringify(purged)).not.toContain('Attaché');
    }
    const kept = await job(recent);
    expect(kept.purged_at).toBeNull();
    expect(JSON.stringify(kept.report)).toContain('Attaché principal');
  });

  it('leaves an import still being applied to finish', async () => {
    const applying = await importJob(13, 'applying');
    await new AuditRetention(db.pool, 12).purgeNow();
    expect((await job(applying)).purged_at).toBeNull();
  });
});
