import { Client } from 'pg';
import { AppUnderTest, startAppUnderTest } from '@maillage/tools/testing';
import { Http, login } from './http';
import { declaredPersonalDataSources } from './personal-data-sources';

/** Per-agent HR values (matricule, HR code, diplomas, experience) as the directory holds them. */
interface HrValues {
  readonly agentId: string;
  readonly values: readonly string[];
}

let app: AppUnderTest;
let http: Http;
let db: Client;

beforeAll(async () => {
  app = await startAppUnderTest();
  http = new Http(app.baseUrl);
  db = new Client({ connectionString: app.databaseUrl });
  await db.connect();
}, 120_000);
afterAll(async () => {
  await db?.end();
  await app?.stop();
});

async function hrValues(where: string, param: string): Promise<HrValues[]> {
  const { rows } = await db.query<{ id: string; values: (string | null)[] }>(
    `SELECT a.id, ARRAY[h.matricule, h.hr_code, h.diplomas, h.experience] AS values
     FROM directory_agents a JOIN directory_agent_hr h ON h.agent_id = a.id WHERE ${where}`,
    [param],
  );
  return rows.map((r) => ({ agentId: r.id, values: r.values.filter((v): v is string => typeof v === 'string' && v.length > 0) }));
}

describe('GET /api/me/data (right of access)', () => {
  it('gives a manager none of their direct reports’ matricule, HR code, diplomas or experience, and only their own streams', async () => {
    const manager = await login(http, 'manager');
    const managerAgentId: string = manager.account.agentId;
    const [own] = await hrValues('a.id = $1', managerAgentId);
    const reports = await hrValues('a.manager_id = $1', managerAgentId);
    expect(reports.length).toBeGreaterThan(0);
    // Values the manager's own record happens to share are theirs to see; every other one is a report's alone.
    const theirs = reports.flatMap((r) => r.values).filter((v) => !own.values.includes(v));
    expect(theirs.length).toBeGreaterThan(0);

    const exported = await http.as(manager.token).get('/api/me/data');
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toContain('mes-donnees-maillage.json');
    const text = exported.text;
    expect(theirs.filter((value) => text.includes(value))).toEqual([]);
    const streams = new Set<string>(exported.body.directory.events.map((e: { streamId: string }) => e.streamId));
    expect([...streams]).toEqual([`agent-${managerAgentId}`]);
    for (const report of reports) expect(text).not.toContain(`agent-${report.agentId}`);
  });

  it('gives the agent their own HR values, skills, sharing, account events (no password hash) and who viewed them', async () => {
    const agent = await login(http, 'agent');
    const agentId: string = agent.account.agentId;
    const [own] = await hrValues('a.id = $1', agentId);
    expect(own.values.length).toBeGreaterThan(0);
    // Someone reads the agent's sensitive data: the export must say so.
    const hr = http.as((await login(http, 'rh')).token);
    expect((await hr.get(`/api/agents/${agentId}/hr`)).status).toBe(200);

    const exported = await http.as(agent.token).get('/api/me/data');
    expect(exported.status).toBe(200);
    const body = exported.body;
    for (const value of own.values) expect(exported.text).toContain(value);
    expect(body).toMatchObject({ agentId, accountId: agent.account.accountId });
    // One section per source the code declares (a generated context adds its own), and never fewer than these four.
    const sources = declaredPersonalDataSources();
    expect(sources).toEqual(expect.arrayContaining(['competences', 'directory', 'governance', 'identity']));
    expect(Object.keys(body).sort()).toEqual(['accountId', 'agentId', 'exportedAt', ...sources].sort());
    for (const source of sources) expect(body[source]).toEqual(expect.any(Object));
    expect(body.directory.profile).toMatchObject({ status: 'active' });
    expect(body.directory.events[0]).toMatchObject({ type: 'AgentRegistered', streamId: `agent-${agentId}`, occurredAt: expect.any(String) });
    expect(body.identity.account).toMatchObject({ username: 'agent', agentId });
    expect(body.identity.events.map((e: { type: string }) => e.type)).toContain('AccountCreated');
    expect(exported.text).not.toContain('passwordHash');
    expect(exported.text).not.toContain('$argon2');
    expect(new Set(body.competences.events.map((e: { streamId: string }) => e.streamId))).toEqual(new Set(body.competences.events.length ? [`agentskills-${agentId}`] : []));
    const declared = new Set(body.competences.events.map((e: { data: { skillId: string } }) => e.data.skillId));
    expect(body.competences.skills.every((s: { skillId: string }) => declared.has(s.skillId))).toBe(true);
    expect(body.governance.viewsOfMyData).toEqual(expect.arrayContaining([expect.objectContaining({ subjectAgentId: agentId, fields: expect.arrayContaining(['matricule']) })]));
  });
});
