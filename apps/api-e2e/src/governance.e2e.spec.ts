import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
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

/** A day relative to today in Europe/Paris, the zone decisions are dated in (yyyy-mm-dd). */
const parisDay = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + offsetDays * 86_400_000));
type PolicyBody = { body: { rules: { field: string; audiences: string[] }[] } };
const audiencesOf = (field: string) => (r: PolicyBody) => r.body.rules.find((x) => x.field === field)!.audiences;
const decisionOf = (decidedOn: string, field: string, audiences: string[]) => ({
  decidedOn,
  title: `Règle « ${field} » du ${decidedOn}`,
  participants: ['Présidente du comité de pilotage', 'Représentante du personnel', 'DRH'],
  rationale: 'Décision débattue en séance du comité de pilotage.',
  rules: [{ field, audiences }],
});

describe('committee decisions', () => {
  it('changes the policy only through a recorded committee decision, visible on the next request', async () => {
    const body = { ...decisionOf(parisDay(), 'grade', ['hr']), title: 'Le grade n’est plus visible de la hiérarchie' };
    expect((await hr.post('/api/governance/decisions', body)).status).toBe(403);
    const recorded = await asComite.post('/api/governance/decisions', body);
    expect(recorded.status).toBe(201);
    const seen = await asManager.get(`/api/agents/${agentId}`);
    expect(Object.keys(seen.body.sensitive)).not.toContain('grade');
    expect(Object.keys(seen.body.sensitive)).toContain('category');
    const decisions = await asAgent.get('/api/governance/decisions');
    expect(decisions.body.at(-1)).toMatchObject({ title: body.title, rules: body.rules, pending: false });
  });

  it('replays what the policy was on a past date', async () => {
    const grade = audiencesOf('grade');
    expect(grade(await asAgent.get(`/api/governance/policy?at=${parisDay(-1)}`))).toEqual(['hierarchy', 'hr']);
    expect(grade(await asAgent.get(`/api/governance/policy?at=${parisDay()}`))).toEqual(['hr']);
  });

  it('records a decision dated tomorrow without applying it: the enforced policy and the replay of today agree', async () => {
    const recorded = await asComite.post('/api/governance/decisions', decisionOf(parisDay(1), 'category', ['hr']));
    expect(recorded.status).toBe(201);
    // The day before it applies, the manager still sees the catégorie.
    expect(Object.keys((await asManager.get(`/api/agents/${agentId}`)).body.sensitive)).toContain('category');
    const category = audiencesOf('category');
    const live = await asAgent.get('/api/governance/policy');
    expect(category(live)).toEqual(['hierarchy', 'hr']);
    expect(live.body.rules).toEqual((await asAgent.get(`/api/governance/policy?at=${parisDay()}`)).body.rules);
    // On the day itself, the replay applies it.
    expect(category(await asAgent.get(`/api/governance/policy?at=${parisDay(1)}`))).toEqual(['hr']);
    const decisions = await asAgent.get('/api/governance/decisions');
    expect(decisions.body.at(-1)).toMatchObject({ decidedOn: parisDay(1), pending: true });
  });

  it('places a decision recorded later but dated earlier in its place in time, for the enforced policy and the replay alike', async () => {
    const filiere = audiencesOf('filiere');
    expect((await asComite.post('/api/governance/decisions', decisionOf(parisDay(-2), 'filiere', ['hr']))).status).toBe(201);
    expect((await asComite.post('/api/governance/decisions', decisionOf(parisDay(-5), 'filiere', ['hierarchy', 'hr', 'same_unit']))).status).toBe(201);
    expect(filiere(await asAgent.get(`/api/governance/policy?at=${parisDay(-6)}`))).toEqual(['hierarchy', 'hr']);
    expect(filiere(await asAgent.get(`/api/governance/policy?at=${parisDay(-5)}`))).toEqual(['hierarchy', 'hr', 'same_unit']);
    expect(filiere(await asAgent.get(`/api/governance/policy?at=${parisDay(-3)}`))).toEqual(['hierarchy', 'hr', 'same_unit']);
    expect(filiere(await asAgent.get(`/api/governance/policy?at=${parisDay(-2)}`))).toEqual(['hr']);
    // The decision dated the 2nd-last day is the newer in time: it is the one enforced.
    expect(filiere(await asAgent.get('/api/governance/policy'))).toEqual(['hr']);
    expect(Object.keys((await asManager.get(`/api/agents/${agentId}`)).body.sensitive)).not.toContain('filiere');
  });

  it('refuses a rule on a field that must never be stored, and a date that is not a day', async () => {
    const response = await asComite.post('/api/governance/decisions', {
      decidedOn: '2026-12-20', title: 'Essai', participants: ['X'], rationale: 'Essai de règle', rules: [{ field: 'unionMembership', audiences: ['everyone'] }],
    });
    expect(response.status).toBe(400);
    const impossible = await asComite.post('/api/governance/decisions', decisionOf('2026-02-30', 'grade', ['hr']));
    expect(impossible.status).toBe(400);
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

  // Run without blocking this process: a synchronous wait past the server's keep-alive timeout left
  // the next request on a socket the server had closed ("other side closed") on a loaded machine.
  it('verifies the audit chain with the operator command', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [join(__dirname, '..', '..', '..', 'dist', 'api', 'apps', 'api', 'src', 'cli', 'audit-verify.js')], {
      env: { ...process.env, DATABASE_URL: app.databaseUrl, NODE_ENV: 'test', MAILLAGE_AUDIT_KEY: app.auditKey, MAILLAGE_AUDIT_CHECKPOINT_FILE: app.auditCheckpointFile },
      encoding: 'utf8',
    });
    expect(JSON.parse(stdout)).toMatchObject({ ok: true });
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

describe('every profile field governed: the committee restricts the directory basics', () => {
  it('restricts the work phone to the unit: gone from list and fiche outside the unit, kept inside, audited', async () => {
    const manager = (await hr.get(`/api/agents/${managerId}`)).body;
    const agent = (await hr.get(`/api/agents/${agentId}`)).body;
    // The agent works in the manager's unit and is below them, not above: only "same unit" can let them see.
    expect(agent.unitId).toBe(manager.unitId);
    const etag = (await hr.get(`/api/agents/${managerId}`)).headers.get('etag')!;
    expect((await hr.patch(`/api/agents/${managerId}`, { workPhone: '01 40 00 00 42' }, { 'if-match': etag })).status).toBe(200);
    const lineFor = async (viewer: Http) => (await viewer.get(`/api/agents?q=${encodeURIComponent(manager.lastName)}&pageSize=100`)).body.items.find((a: { id: string }) => a.id === managerId);
    expect(await lineFor(asComite)).toHaveProperty('workPhone', '01 40 00 00 42');

    const decided = await asComite.post('/api/governance/decisions', decisionOf(parisDay(), 'workPhone', ['same_unit', 'hr']));
    expect(decided.status).toBe(201);

    const outside = await lineFor(asComite);
    expect(outside).toBeDefined();
    expect(outside).not.toHaveProperty('workPhone');
    expect(outside).toHaveProperty('postTitle');
    const outsideFiche = await asComite.get(`/api/agents/${managerId}`);
    expect(outsideFiche.body).not.toHaveProperty('workPhone');
    expect(outsideFiche.body.hiddenFields).toContainEqual({ field: 'workPhone', visibleTo: ['self', 'same_unit', 'hr'] });
    const team = await asComite.get(`/api/agents/${manager.managerId ?? managerId}/team?pageSize=100`);
    expect(JSON.stringify(team.body)).not.toContain('01 40 00 00 42');

    expect(await lineFor(asAgent)).toHaveProperty('workPhone', '01 40 00 00 42');
    const insideFiche = await asAgent.get(`/api/agents/${managerId}`, { 'x-request-id': 'e2e-restricted-phone' });
    expect(insideFiche.body.workPhone).toBe('01 40 00 00 42');
    const audit = await hr.get(`/api/governance/audit?subjectAgentId=${managerId}&field=workPhone`);
    expect(audit.body.find((v: { requestId: string }) => v.requestId === 'e2e-restricted-phone')).toMatchObject({ fields: ['workPhone'] });
  });

  it('restricts the post: a search by post no longer finds the agent for those it is hidden from (fail closed)', async () => {
    const manager = (await hr.get(`/api/agents/${managerId}`)).body;
    const ids = async (viewer: Http, q: string) => (await viewer.get(`/api/agents?q=${encodeURIComponent(q)}&pageSize=100`)).body.items.map((a: { id: string }) => a.id);
    expect(await ids(asComite, manager.postTitle)).toContain(managerId);
    expect((await asComite.post('/api/governance/decisions', decisionOf(parisDay(), 'postTitle', ['same_unit']))).status).toBe(201);
    expect(await ids(asComite, manager.postTitle)).not.toContain(managerId);
    const line = (await asComite.get(`/api/agents?q=${encodeURIComponent(manager.lastName)}&pageSize=100`)).body.items.find((a: { id: string }) => a.id === managerId);
    expect(line).not.toHaveProperty('postTitle');
    expect((await asAgent.get(`/api/agents/${managerId}`)).body.postTitle).toBe(manager.postTitle);
    // Put back, so the rest of the suite sees the default.
    expect((await asComite.post('/api/governance/decisions', decisionOf(parisDay(), 'postTitle', ['everyone']))).status).toBe(201);
  });
});
