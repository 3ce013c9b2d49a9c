import { Client } from 'pg';
import { AppUnderTest, startAppUnderTest } from '@maillage/tools/testing';
import { startAppWithLog, stopAppWithLog } from './app-with-log';
import { Http, login } from './http';

/**
 * Read-your-writes waits only for the projections that consume what a write appended (issue 9):
 * the governance projection is held by another session's advisory lock — what a stuck instance
 * looks like to the others — while the app keeps running every other projection.
 */
const WAIT_MS = 2_000;
/** The runner's lock for a projection: `pg_try_advisory_lock(LOCK_CLASS, hashtext(name))`. */
const PROJECTION_LOCK = 'SELECT pg_advisory_lock(19777, hashtext($1))';

let first: AppUnderTest;
let app: AppUnderTest;
let db: Client;
let asAgent: Http;
let asAdmin: Http;

beforeAll(async () => {
  ({ app: first, db } = await startAppWithLog());
  await first.kill();
  // Blocks until the killed instance's session is gone and its locks with it.
  await db.query("SET statement_timeout = '30s'");
  await db.query(PROJECTION_LOCK, ['governance']);
  app = await startAppUnderTest({ MAILLAGE_READ_MODEL_WAIT_MS: String(WAIT_MS) }, { sameDatabaseAs: first });
  const http = new Http(app.baseUrl);
  asAgent = http.as((await login(http, 'agent')).token);
  asAdmin = http.as((await login(http, 'admin')).token);
}, 180_000);
afterAll(async () => {
  await app?.stop();
  await stopAppWithLog({ app: first, db });
});

const timed = async <T>(request: Promise<T>) => {
  const started = Date.now();
  return { response: await request, ms: Date.now() - started };
};

describe('read-your-writes while the governance projection is stopped', () => {
  it('confirms a competences write at once: no projection that consumes it is behind', async () => {
    const defined = await timed(asAdmin.post('/api/skills', { label: 'Animation de réunions publiques', domain: 'Communication' }));
    expect(defined.response.status).toBe(201);
    expect(defined.response.body.consistent).toBe(true);
    expect(defined.ms).toBeLessThan(WAIT_MS);
    const { response, ms } = await timed(asAgent.post('/api/me/skills', { skillId: 'animation-de-reunions-publiques', level: 'pratique', scope: 'hidden' }));
    expect(response.status).toBe(201);
    expect(response.body.consistent).toBe(true);
    expect(ms).toBeLessThan(WAIT_MS);
    const mine = await asAgent.get('/api/me/skills');
    expect(mine.body.map((s: { skillId: string }) => s.skillId)).toContain('animation-de-reunions-publiques');
  });

  it('answers a governance write as done but not consistent, within the bound', async () => {
    const { response, ms } = await timed(asAgent.call('PUT', '/api/me/sharing/diplomas', { audiences: ['same_unit'] }));
    expect(response.status).toBe(200);
    expect(response.body.consistent).toBe(false);
    expect(ms).toBeGreaterThanOrEqual(WAIT_MS - 50);
    expect(ms).toBeLessThan(WAIT_MS + 2_000);
  });

  it('shows the governance write once the projection runs again', async () => {
    await db.query('SELECT pg_advisory_unlock(19777, hashtext($1))', ['governance']);
    let audiences: unknown;
    for (let i = 0; i < 60 && !audiences; i++) {
      const sharing = await asAgent.get('/api/me/sharing');
      audiences = (sharing.body as { field: string; audiences: string[] }[]).find?.((c) => c.field === 'diplomas' && c.audiences.includes('same_unit'));
      if (!audiences) await new Promise((ok) => setTimeout(ok, 250));
    }
    expect(audiences).toBeTruthy();
  });
});
