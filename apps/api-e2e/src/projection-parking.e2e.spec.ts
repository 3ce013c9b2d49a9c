import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { Client, Pool } from 'pg';
import { agentSkillsStreamId } from '@maillage/competences/domain';
import { PostgresEventStore } from '@maillage/shared/event-store';
import { AppUnderTest, startAppUnderTest } from '@maillage/tools/testing';
import { Http, login } from './http';

/**
 * Issue 8, point 1, replayed: an event the competences projection cannot apply
 * reaches the log (appended straight through the event store, since the edge
 * now refuses the request). Since stored null or unknown scopes now read as
 * `hidden` (the competences upcaster), the unappliable event is made so by the
 * read model: the test adds a CHECK the projection cannot satisfy (a schema bug
 * that refuses 'staffing'), appends a `SkillSharingChanged` to 'staffing', and
 * "fixes" it by dropping the CHECK, as a migration would.
 */
let app: AppUnderTest;
let http: Http;
let asAgent: Http;
let asManager: Http;
let asHr: Http;
let asAdmin: Http;
let agentId: string;
let db: Client;
let pool: Pool;
let skill: { skillId: string; label: string };
let otherSkill: string;

const root = resolve(__dirname, '..', '..', '..');
const cli = (command: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'dist', 'api', 'apps', 'api', 'src', 'cli', `${command}.js`), ...args], {
    env: { ...process.env, DATABASE_URL: app.databaseUrl },
    encoding: 'utf8',
    timeout: 120_000,
  });

beforeAll(async () => {
  app = await startAppUnderTest();
  http = new Http(app.baseUrl);
  const agent = await login(http, 'agent');
  asAgent = http.as(agent.token);
  agentId = agent.account.agentId;
  asManager = http.as((await login(http, 'manager')).token);
  asHr = http.as((await login(http, 'rh')).token);
  asAdmin = http.as((await login(http, 'admin')).token);
  db = new Client({ connectionString: app.databaseUrl });
  await db.connect();
  pool = new Pool({ connectionString: app.databaseUrl, max: 2 });
  // Two skills nobody declared, so results and counts are this test's alone.
  const { rows } = await db.query(
    `SELECT skill_id AS "skillId", label FROM competences_skills
     WHERE merged_into IS NULL AND skill_id NOT IN (SELECT skill_id FROM competences_agent_skills) ORDER BY skill_id LIMIT 2`,
  );
  [skill, { skillId: otherSkill }] = rows;
}, 120_000);
afterAll(async () => {
  await pool?.end();
  await db?.end();
  await app?.stop();
});

const searchFor = async (as: Http, skillId = skill.skillId) => {
  const label = skillId === skill.skillId ? skill.label : (await db.query('SELECT label FROM competences_skills WHERE skill_id = $1', [skillId])).rows[0].label;
  const response = await as.get(`/api/skill-search?q=${encodeURIComponent(label)}&pageSize=100`);
  expect(response.status).toBe(200);
  const withSkill = response.body.items.filter((m: { skills: { skillId: string }[] }) => m.skills.some((s) => s.skillId === skillId));
  return { agents: withSkill.map((m: { agentId: string }) => m.agentId), total: response.body.total as number };
};
const teamWith = async (skillId: string) => {
  const response = await asManager.post('/api/team-builder/proposals', {
    requirements: [{ skillId, minLevel: 'notions', count: 1 }], maxSize: 3, requiredDirectionIds: [], fixedMemberIds: [], excludedIds: [],
  });
  expect(response.status).toBe(201);
  return JSON.stringify(response.body.proposals);
};
async function healthWhen(predicate: (body: { status: string; parked: { projection: string; events: number }[]; projections?: { upToDate: boolean }[] }) => boolean) {
  for (let i = 0; i < 100; i++) {
    const health = await http.get('/api/health');
    if (predicate(health.body)) return health;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`health never matched: ${JSON.stringify((await http.get('/api/health')).body)}`);
}

describe('a competences event the projection cannot apply', () => {
  it('is parked; the projection goes on; the agent\'s skills are withheld from others; health names it; a retry after the fix makes everything consistent', async () => {
    // The search also matches neighbouring skills of other agents: counts are compared with this baseline.
    const baseline = (await searchFor(asHr)).total;
    expect((await asAgent.post('/api/me/skills', { skillId: skill.skillId, level: 'pratique', scope: 'everyone' })).body.consistent).toBe(true);
    expect(await searchFor(asHr)).toEqual({ agents: [agentId], total: baseline + 1 });
    expect(await teamWith(skill.skillId)).toContain(agentId);

    // The read model cannot hold this event (a schema bug); the event itself is well formed.
    // NOT VALID and this agent only: other rows, seeded or written meanwhile, are not concerned.
    await db.query(`ALTER TABLE competences_agent_skills ADD CONSTRAINT e2e_schema_bug
      CHECK (agent_id::text <> '${agentId}' OR scope <> 'staffing') NOT VALID`);
    const store = new PostgresEventStore(pool);
    await store.append(agentSkillsStreamId(agentId), [{
      eventId: randomUUID(),
      type: 'SkillSharingChanged',
      data: { agentId, skillId: skill.skillId, scope: 'staffing' },
      metadata: { actorId: 'hostile', roles: ['agent'], correlationId: randomUUID(), causationId: null, occurredAt: new Date().toISOString() },
    }], 'any');
    const degraded = await healthWhen((h) => h.status === 'degraded');
    expect(degraded.status).toBe(200);
    expect(degraded.body.parked).toEqual([{ projection: 'competences', events: 1, streams: 1 }]);
    expect(degraded.body.projections.find((p: { name: string }) => p.name === 'competences')).toMatchObject({ parkedEvents: 1 });

    // The agent's next choice is held behind it, and the answer says it is not applied yet.
    const held = await asAgent.patch(`/api/me/skills/${skill.skillId}`, { scope: 'hierarchy' });
    expect(held.status).toBe(200);
    expect(held.body.consistent).toBe(false);
    // Another agent's change goes through, consistent.
    const other = await asManager.post('/api/me/skills', { skillId: otherSkill, level: 'maitrise', scope: 'everyone' });
    expect(other.body.consistent).toBe(true);
    expect((await searchFor(asHr, otherSkill)).agents).toHaveLength(1);

    // Fail closed: the parked agent's skills are visible to nobody else, in results, counts, the fiche and the team builder.
    expect(await searchFor(asHr)).toEqual({ agents: [], total: baseline });
    expect((await searchFor(asManager)).agents).toEqual([]);
    expect((await asHr.get(`/api/agents/${agentId}/skills`)).body).toEqual([]);
    expect(await teamWith(skill.skillId)).not.toContain(agentId);
    expect((await healthWhen((h) => h.parked[0]?.events === 2)).body.parked).toEqual([{ projection: 'competences', events: 2, streams: 1 }]);

    // Before the fix, a retry keeps them parked and says so with its exit code.
    const stillFailing = cli('projections-retry-parked', 'competences');
    expect(stillFailing.status).toBe(1);
    expect(JSON.parse(stillFailing.stdout.trim())).toEqual({ projection: 'competences', retried: 2, applied: 0, stillParked: 2 });

    // The fix (as a migration would): the read model accepts the value again. Then an admin retries over HTTP.
    await db.query('ALTER TABLE competences_agent_skills DROP CONSTRAINT e2e_schema_bug');
    expect((await asAgent.post('/api/admin/projections/competences/parked/retry')).status).toBe(403);
    const retried = await asAdmin.post('/api/admin/projections/competences/parked/retry');
    expect(retried.status).toBe(200);
    expect(retried.body).toEqual({ projection: 'competences', retried: 2, applied: 2, stillParked: 0 });
    expect((await http.get('/api/health')).body).toMatchObject({ status: 'ok', parked: [] });

    // Consistent with the agent's latest choice (their hierarchy), and their next one applies at once.
    expect((await searchFor(asManager)).agents).toEqual([agentId]);
    expect(await searchFor(asHr)).toEqual({ agents: [], total: baseline });
    expect((await asAgent.patch(`/api/me/skills/${skill.skillId}`, { scope: 'everyone' })).body.consistent).toBe(true);
    expect(await searchFor(asHr)).toEqual({ agents: [agentId], total: baseline + 1 });
  });

  it('answers 404 with a stable code for a projection that does not exist', async () => {
    const response = await asAdmin.post('/api/admin/projections/nope/parked/retry');
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('PROJECTIONS.UNKNOWN');
  });
});

describe('rebuilding while the app runs', () => {
  const snapshot = async (table: string, order: string) => (await db.query(`SELECT * FROM ${table} ORDER BY ${order}`)).rows;
  const indexes = async (tables: string[]) =>
    (await db.query(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE tablename = ANY($1) ORDER BY indexname`, [tables])).rows;

  it('swaps in read models equal to the incremental ones, keeps index names, and the app goes on', async () => {
    const tables = ['competences_skills', 'competences_agent_skills', 'directory_agents', 'directory_org_units', 'directory_agent_hr', 'competences_agents', 'governance_reporting_lines'];
    const before = {
      skills: await snapshot('competences_skills', 'skill_id'),
      agentSkills: await snapshot('competences_agent_skills', 'agent_id, declared_skill_id'),
      agents: await snapshot('directory_agents', 'id'),
      // The other contexts' copies of the directory's published people.
      people: await snapshot('competences_agents', 'id'),
      lines: await snapshot('governance_reporting_lines', 'agent_id'),
      indexes: await indexes(tables),
    };
    const run = cli('projections-rebuild', 'all');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.rebuilt).sort()).toEqual(['competences', 'competences-organisation', 'directory', 'governance', 'governance-organisation', 'identity-accounts']);

    expect(await snapshot('competences_skills', 'skill_id')).toEqual(before.skills);
    expect(await snapshot('competences_agent_skills', 'agent_id, declared_skill_id')).toEqual(before.agentSkills);
    expect(await snapshot('directory_agents', 'id')).toEqual(before.agents);
    expect(await snapshot('competences_agents', 'id')).toEqual(before.people);
    expect(await snapshot('governance_reporting_lines', 'agent_id')).toEqual(before.lines);
    expect(await indexes(tables)).toEqual(before.indexes);
    expect((await asAgent.patch(`/api/me/skills/${skill.skillId}`, { scope: 'staffing' })).body.consistent).toBe(true);
    // The write waited only for competences; every projection then reaches the head on its own.
    const everyUpToDate = (h: { status: string; projections?: { upToDate: boolean }[] }) => h.status === 'ok' && (h.projections ?? []).every((p) => p.upToDate);
    expect(everyUpToDate((await healthWhen(everyUpToDate)).body)).toBe(true);
  });

  it('fails with a message naming the projection and a non-zero exit code when it cannot swap', async () => {
    await db.query('CREATE VIEW e2e_identity_view AS SELECT * FROM identity_accounts');
    try {
      const run = cli('projections-rebuild', 'identity-accounts');
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/Rebuild of projection "identity-accounts" failed: .*view e2e_identity_view/);
    } finally {
      await db.query('DROP VIEW e2e_identity_view');
    }
  });
});
