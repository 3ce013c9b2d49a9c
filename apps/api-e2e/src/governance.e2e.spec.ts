import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { AppUnderTest, startAppUnderTest } from '@maillage/tools/testing';
import { Http, login } from './http';

let app: AppUnderTest;
let http: Http;
let hr: Http;
let asAgent: Http;
let asManager: Http;
let asComite: Http;
let agentId: string;
let managerId: string;

beforeAll(async () => {
  app = await startAppUnderTest();
  http = new Http(app.baseUrl);
  hr = http.as((await login(http, 'rh')).token);
  const agent = await login(http, 'agent');
  asAgent = http.as(agent.token);
  agentId = agent.account.agentId;
  const manager = await login(http, 'manager');
  asManager = http.as(manager.token);
  managerId = manager.account.agentId;
  asComite = http.as((await login(http, 'comite')).token);
}, 120_000);
afterAll(() => app?.stop());

describe('visibility policy at the one redaction point', () => {
  it('shows grade and catégorie to the agent’s manager, and marks what stays hidden with who may see it', async () => {
    const profile = await asManager.get(`/api/agents/${agentId}`);
    expect(Object.keys(profile.body.sensitive).sort()).toEqual(['cadreEmplois', 'category', 'employment', 'filiere', 'grade']);
    const hidden = Object.fromEntries(profile.body.hiddenFields.map((h: { field: string; visibleTo: string[] }) => [h.field, h.visibleTo]));
    expect(hidden.matricule).toEqual(['self', 'hr']);
    expect(hidden.diplomas).toEqual(['self']);
  });

  it('hides grade and catégorie from a colleague outside the hierarchy (the keys are absent, not null)', async () => {
    const colleague = await asAgent.get(`/api/agents/${managerId}`);
    expect(colleague.body.sensitive).toEqual({});
    expect(Object.keys(colleague.body)).not.toContain('grade');
    expect((await asAgent.get(`/api/agents/${managerId}/hr`)).body).toEqual({ agentId: managerId });
  });

  it('shows HR the matricule but not diplomas the agent has not shared', async () => {
    const seen = await hr.get(`/api/agents/${agentId}`);
    expect(seen.body.sensitive.matricule).toMatch(/^M\d+/);
    expect(Object.keys(seen.body.sensitive)).not.toContain('diplomas');
  });

  it('lets the agent see all their own fields', async () => {
    const own = await asAgent.get(`/api/agents/${agentId}`);
    expect(Object.keys(own.body.sensitive)).toEqual(expect.arrayContaining(['grade', 'matricule', 'diplomas', 'experience']));
    expect(own.body.hiddenFields).toEqual([]);
  });

  it('shows the manager’s read of the grade in the agent’s “Qui a consulté mes données”', async () => {
    await asManager.get(`/api/agents/${agentId}`);
    const views = await asAgent.get('/api/me/views');
    expect(views.status).toBe(200);
    const byManager = views.body.filter((v: { viewerAgentId: string }) => v.viewerAgentId === managerId);
    expect(byManager.length).toBeGreaterThan(0);
    expect(byManager[0].fields).toEqual(expect.arrayContaining(['grade', 'category']));
    expect(byManager[0].viewerName).toBeTruthy();
    expect(JSON.stringify(views.body)).not.toMatch(/Adjoint|Rédacteur|Technicien principal/);
  });

  it('lets an agent share their diplomas with their unit, which then see them', async () => {
    const shared = await asAgent.call('PUT', '/api/me/sharing/diplomas', { audiences: ['same_unit', 'hierarchy'] });
    expect(shared.status).toBe(200);
    const seen = await asManager.get(`/api/agents/${agentId}`);
    expect(Object.keys(seen.body.sensitive)).toContain('diplomas');
    const grade = await asAgent.call('PUT', '/api/me/sharing/grade', { audiences: ['everyone'] });
    expect(grade.status).toBe(400);
  });
});

describe('committee decisions', () => {
  it('changes the policy only through a recorded committee decision, visible on the next request', async () => {
    const body = {
      decidedOn: '2026-12-15',
      title: 'Le grade n’est plus visible de la hiérarchie',
      participants: ['Présidente du comité de pilotage', 'Représentante du personnel', 'DRH'],
      rationale: 'Demande des représentants du personnel : la hiérarchie n’a pas besoin du grade pour le travail courant.',
      rules: [{ field: 'grade', audiences: ['hr'] }],
    };
    expect((await hr.post('/api/governance/decisions', body)).status).toBe(403);
    const recorded = await asComite.post('/api/governance/decisions', body);
    expect(recorded.status).toBe(201);
    const seen = await asManager.get(`/api/agents/${agentId}`);
    expect(Object.keys(seen.body.sensitive)).not.toContain('grade');
    expect(Object.keys(seen.body.sensitive)).toContain('category');
    const decisions = await asAgent.get('/api/governance/decisions');
    expect(decisions.body.at(-1)).toMatchObject({ title: body.title, rules: body.rules });
  });

  it('replays what the policy was on a past date', async () => {
    const before = await asAgent.get('/api/governance/policy?at=2026-12-14');
    const after = await asAgent.get('/api/governance/policy?at=2026-12-16');
    const grade = (r: { body: { rules: { field: string; audiences: string[] }[] } }) => r.body.rules.find((x) => x.field === 'grade')!.audiences;
    expect(grade(before)).toEqual(['hierarchy', 'hr']);
    expect(grade(after)).toEqual(['hr']);
  });

  it('refuses a rule on a field that must never be stored', async () => {
    const response = await asComite.post('/api/governance/decisions', {
      decidedOn: '2026-12-20', title: 'Essai', participants: ['X'], rationale: 'Essai de règle', rules: [{ field: 'unionMembership', audiences: ['everyone'] }],
    });
    expect(response.status).toBe(400);
  });
});

describe('audit for HR and the committee', () => {
  it('lets HR search who saw what and export it as CSV', async () => {
    const search = await hr.get(`/api/governance/audit?subjectAgentId=${agentId}`);
    expect(search.status).toBe(200);
    expect(search.body.length).toBeGreaterThan(0);
    const csv = await hr.get(`/api/governance/audit?subjectAgentId=${agentId}&format=csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.text.split('\r\n')[0]).toContain('consultant');
    expect((await asAgent.get('/api/governance/audit')).status).toBe(403);
  });

  it('gives the committee reads per direction and month, without names', async () => {
    const figures = await asComite.get('/api/governance/audit/figures');
    expect(figures.status).toBe(200);
    expect(figures.body[0]).toEqual({ month: expect.stringMatching(/^\d{4}-\d{2}$/), directionName: expect.any(String), reads: expect.any(Number), fieldReads: expect.any(Number) });
    expect(JSON.stringify(figures.body)).not.toMatch(/viewer|subject|agentId/);
  });

  it('gives an agent everything Maillage holds about them, with who it was shown to', async () => {
    const data = await asAgent.get('/api/me/data');
    expect(data.status).toBe(200);
    expect(data.body.directory.events.map((e: { type: string }) => e.type)).toContain('AgentRegistered');
    expect(data.body.identity.events.map((e: { type: string }) => e.type)).toContain('AccountCreated');
    expect(JSON.stringify(data.body)).not.toContain('$argon2');
    expect(data.body.governance.viewsOfMyData.length).toBeGreaterThan(0);
  });

  it('verifies the audit chain with the operator command', () => {
    const output = execFileSync(process.execPath, [join(__dirname, '..', '..', '..', 'dist', 'api', 'apps', 'api', 'src', 'cli', 'audit-verify.js')], {
      env: { ...process.env, DATABASE_URL: app.databaseUrl, NODE_ENV: 'test', MAILLAGE_AUDIT_KEY: app.auditKey, MAILLAGE_AUDIT_CHECKPOINT_FILE: app.auditCheckpointFile },
      encoding: 'utf8',
    });
    expect(JSON.parse(output)).toMatchObject({ ok: true });
  });
});

describe('journal des modifications', () => {
  it('lists each change with actor, time and reason for the agent and HR, and refuses a colleague', async () => {
    const etag = (await hr.get(`/api/agents/${agentId}`)).headers.get('etag')!;
    await hr.patch(`/api/agents/${agentId}`, { office: 'Hôtel de ville, bureau 3', grade: 'Adjoint administratif principal de 2e classe' }, { 'if-match': etag });
    const own = await asAgent.get(`/api/agents/${agentId}/changes`);
    expect(own.status).toBe(200);
    const office = own.body.find((c: { field: string }) => c.field === 'office');
    expect(office).toMatchObject({ to: 'Hôtel de ville, bureau 3', actorName: expect.any(String) });
    expect(own.body[0].type).toBe('AgentRegistered');
    expect((await hr.get(`/api/agents/${agentId}/changes`)).status).toBe(200);
    expect((await asManager.get(`/api/agents/${agentId}/changes`)).status).toBe(403);
  });

  it('hides from HR the values of diplomas the agent did not share with HR', async () => {
    const etag = (await asAgent.get(`/api/agents/${agentId}`)).headers.get('etag')!;
    await asAgent.patch(`/api/agents/${agentId}`, { experience: 'Dix ans en mairie' }, { 'if-match': etag });
    const seen = await hr.get(`/api/agents/${agentId}/changes`);
    const change = seen.body.find((c: { field: string }) => c.field === 'experience');
    expect(change).toMatchObject({ valuesHidden: true });
    expect(change).not.toHaveProperty('to');
  });
});
