import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { AppUnderTest } from '@maillage/tools/testing';
import { countEvents, startAppWithLog, stopAppWithLog } from './app-with-log';
import { Http, login } from './http';

let app: AppUnderTest;
let http: Http;
let hr: Http;
let db: Client;

beforeAll(async () => {
  ({ app, http, db } = await startAppWithLog());
  hr = http.as((await login(http, 'rh')).token);
}, 120_000);
afterAll(() => stopAppWithLog({ app, db }));

const eventCount = () => countEvents(db);
const registrationsOf = async (email: string) =>
  Number((await db.query(`SELECT count(*) AS n FROM events WHERE type = 'AgentRegistered' AND data->>'workEmail' = $1`, [email])).rows[0].n);
const newAgent = (tag: string) => ({ firstName: 'Lou', lastName: `Reprise-${tag}`, postTitle: 'Agent d’accueil', workEmail: `lou.${tag}@mairie-exemple.fr` });

describe('idempotent creation over HTTP (Idempotency-Key)', () => {
  it('answers a retried POST /api/agents with the first answer and registers one agent', async () => {
    const key = randomUUID();
    const body = newAgent('retry');
    const first = await hr.post('/api/agents', body, { 'idempotency-key': key });
    const before = await eventCount();
    const retried = await hr.post('/api/agents', body, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(retried.status).toBe(first.status);
    expect(retried.body).toEqual(first.body);
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotency-key')).toBe(key);
    expect(await eventCount()).toBe(before);
    expect(await registrationsOf(body.workEmail)).toBe(1);
  });

  it('without a key, the same POST twice registers two agents (the key is what makes a retry safe)', async () => {
    const body = newAgent('nokey');
    expect((await hr.post('/api/agents', body)).status).toBe(201);
    expect((await hr.post('/api/agents', body)).status).toBe(201);
    expect(await registrationsOf(body.workEmail)).toBe(2);
  });

  it('refuses the same key with another body with 422 and appends nothing', async () => {
    const key = randomUUID();
    expect((await hr.post('/api/agents', newAgent('first'), { 'idempotency-key': key })).status).toBe(201);
    const before = await eventCount();
    const reused = await hr.post('/api/agents', newAgent('second'), { 'idempotency-key': key });
    expect(reused.status).toBe(422);
    expect(reused.headers.get('content-type')).toContain('application/problem+json');
    expect(reused.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
    expect(reused.body.detail).toMatch(/nouvelle clé/);
    expect(await eventCount()).toBe(before);
  });

  it('runs concurrent duplicates once: the others get the same answer or 409 IDEMPOTENCY.IN_PROGRESS', async () => {
    const key = randomUUID();
    const body = newAgent('concurrent');
    const answers = await Promise.all(Array.from({ length: 4 }, () => hr.post('/api/agents', body, { 'idempotency-key': key })));
    const created = answers.filter((a) => a.status === 201);
    const running = answers.filter((a) => a.status === 409);
    expect(created.length + running.length).toBe(4);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((a) => a.body.id)).size).toBe(1);
    running.forEach((a) => expect(a.body.code).toBe('IDEMPOTENCY.IN_PROGRESS'));
    expect(await registrationsOf(body.workEmail)).toBe(1);
    // Once the first is done, a retry gets its answer.
    const later = await hr.post('/api/agents', body, { 'idempotency-key': key });
    expect(later.body.id).toBe(created[0].body.id);
  });

  it('scopes keys to the account: another account with the same key runs its own request', async () => {
    const key = randomUUID();
    const admin = http.as((await login(http, 'admin')).token);
    const mine = await hr.post('/api/agents', newAgent('scoped-hr'), { 'idempotency-key': key });
    const theirs = await admin.post('/api/agents', newAgent('scoped-admin'), { 'idempotency-key': key });
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it('refuses a malformed key with 400 and a French message', async () => {
    const before = await eventCount();
    const refused = await hr.post('/api/agents', newAgent('badkey'), { 'idempotency-key': 'x' });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'IDEMPOTENCY.INVALID_KEY' });
    expect(refused.body.detail).toMatch(/caractères/);
    expect(await eventCount()).toBe(before);
  });

  /**
   * The POST routes that never replay, each for a reason: a session answer carries fresh tokens, and
   * an account answer may carry a one-time password, which must never be stored (the interceptor's
   * `excludedPathPrefixes` in apps/api/src/app/app.module.ts).
   */
  const NEVER_REPLAYED: Record<string, string> = {
    '/api/auth/': 'session routes: tokens',
    '/api/admin/accounts': 'accounts: one-time passwords are never stored',
  };
  const excluded = (path: string) => Object.keys(NEVER_REPLAYED).some((prefix) => path.startsWith(prefix));

  it('applies to every POST operation of the OpenAPI document outside the listed exclusions, and to none of those', async () => {
    const doc = (await http.get('/api/docs-json')).body as { paths: Record<string, Record<string, unknown>> };
    const posts = Object.entries(doc.paths)
      .filter(([, operations]) => operations['post'])
      .map(([path]) => path);
    expect(posts.filter((path) => !excluded(path)).length).toBeGreaterThanOrEqual(10);
    expect(posts.filter((path) => path.startsWith('/api/admin/accounts')).length).toBeGreaterThan(0);
    const callers = [hr, http.as((await login(http, 'admin')).token), http.as((await login(http, 'comite')).token)];
    const wrong: string[] = [];
    for (const path of posts.filter((p) => !p.startsWith('/api/auth/'))) {
      const url = path.replace(/\{[^}]+\}/g, randomUUID());
      let echoed = false;
      for (const caller of callers) {
        const key = randomUUID();
        // An empty body: refused by validation or not found, but only after the interceptor saw the key.
        const answer = await caller.post(url, {}, { 'idempotency-key': key });
        if (answer.status === 401 || answer.status === 403) continue;
        echoed = answer.headers.get('idempotency-key') === key;
        break;
      }
      if (echoed === excluded(path)) wrong.push(`POST ${path} ${echoed ? 'replays but is excluded' : 'does not replay'}`);
    }
    expect(wrong).toEqual([]);
  });
});
