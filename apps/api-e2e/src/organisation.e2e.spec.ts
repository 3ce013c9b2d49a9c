import { stripAccents } from '@maillage/shared/contracts';
import { AppUnderTest, startAppUnderTest } from '@maillage/tools/testing';
import { Http, login } from './http';

let app: AppUnderTest;
let http: Http;
let hr: Http;
let asAgent: Http;
let agentId: string;
let managerId: string;

beforeAll(async () => {
  app = await startAppUnderTest();
  http = new Http(app.baseUrl);
  hr = http.as((await login(http, 'rh')).token);
  const agent = await login(http, 'agent');
  asAgent = http.as(agent.token);
  agentId = agent.account.agentId;
  managerId = (await login(http, 'manager')).account.agentId;
}, 120_000);
afterAll(() => app?.stop());

const etagOf = async (client: Http, path: string) => (await client.get(path)).headers.get('etag')!;

describe('hierarchy and organisation over HTTP', () => {
  it('shows an agent’s manager chain up to the DGS and a manager’s reports', async () => {
    const hierarchy = await asAgent.get(`/api/agents/${agentId}/hierarchy`);
    expect(hierarchy.status).toBe(200);
    expect(hierarchy.body.managers[0].id).toBe(managerId);
    expect(hierarchy.body.managers.length).toBeGreaterThanOrEqual(3);
    expect(hierarchy.body.managers.at(-1).postTitle).toMatch(/général/i);
    const team = await asAgent.get(`/api/agents/${managerId}/hierarchy`);
    expect(team.body.directReports.map((p: { id: string }) => p.id)).toContain(agentId);
  });

  it('lists a manager’s whole team, direct and indirect, with depth', async () => {
    const dgs = (await asAgent.get(`/api/agents/${agentId}/hierarchy`)).body.managers.at(-1).id;
    const team = await asAgent.get(`/api/agents/${dgs}/team?pageSize=100`);
    expect(team.body.total).toBeGreaterThan(100);
    expect(new Set(team.body.items.map((a: { depth: number }) => a.depth)).size).toBeGreaterThan(1);
  });

  it('refuses a reporting cycle and a self-manager with clear codes, and changes nothing', async () => {
    const managerEtag = await etagOf(hr, `/api/agents/${managerId}`);
    const cycle = await hr.call('PUT', `/api/agents/${managerId}/manager`, { managerId: agentId }, { 'if-match': managerEtag });
    expect(cycle.status).toBe(422);
    expect(cycle.body.code).toBe('DIRECTORY.REPORTING_CYCLE');
    const self = await hr.call('PUT', `/api/agents/${managerId}/manager`, { managerId }, { 'if-match': managerEtag });
    expect(self.body.code).toBe('DIRECTORY.SELF_MANAGER');
    expect((await hr.get(`/api/agents/${managerId}`)).headers.get('etag')).toBe(managerEtag);
  });

  it('navigates the org chart lazily from the top', async () => {
    const top = await asAgent.get('/api/org-chart');
    expect(top.body.unit).toBeNull();
    expect(top.body.children.map((u: { name: string }) => u.name)).toContain('Direction Générale des Services');
    const dgs = top.body.children[0];
    const level = await asAgent.get(`/api/org-chart?root=${dgs.id}`);
    expect(level.body.unit.id).toBe(dgs.id);
    expect(level.body.children.map((u: { name: string }) => u.name)).toEqual(expect.arrayContaining(['Direction des Ressources Humaines']));
    expect(level.body.children.every((u: { parentId: string }) => u.parentId === dgs.id)).toBe(true);
    expect(level.body.children.every((u: { head: { displayName: string } | null }) => u.head !== null)).toBe(true);
  });

  it('refuses to close a unit that still has active agents', async () => {
    const units = (await hr.get('/api/org-units')).body;
    const service = units.find((u: { kind: string }) => u.kind === 'service');
    const response = await hr.post(`/api/org-units/${service.id}/close`);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('DIRECTORY.ORG_UNIT_NOT_EMPTY');
  });

  it('refuses to move a direction under one of its own services', async () => {
    const units = (await hr.get('/api/org-units')).body as { id: string; name: string; parentId: string; version: number }[];
    const drh = units.find((u) => u.name === 'Direction des Ressources Humaines')!;
    const child = units.find((u) => u.parentId === drh.id)!;
    const response = await hr.call('PUT', `/api/org-units/${drh.id}/parent`, { parentId: child.id }, { 'if-match': `"${drh.version}"` });
    expect(response.body.code).toBe('DIRECTORY.ORG_UNIT_CYCLE');
  });

  it('creates, renames and closes an empty unit, each visible on the next read', async () => {
    const drh = ((await hr.get('/api/org-units')).body as { id: string; name: string }[]).find((u) => u.name === 'Direction des Ressources Humaines')!;
    const created = await hr.post('/api/org-units', { name: 'Mission égalité', kind: 'service', parentId: drh.id });
    expect(created.status).toBe(201);
    const renamed = await hr.patch(`/api/org-units/${created.body.id}`, { name: 'Mission égalité professionnelle' }, { 'if-match': '"0"' });
    expect(renamed.status).toBe(200);
    expect((await hr.get('/api/org-units')).body.find((u: { id: string }) => u.id === created.body.id).name).toBe('Mission égalité professionnelle');
    expect((await hr.post(`/api/org-units/${created.body.id}/close`)).status).toBe(201);
    expect((await hr.get('/api/org-units')).body.find((u: { id: string }) => u.id === created.body.id).closed).toBe(true);
  });

  it('takes a departed agent out of search, keeps their profile, and freezes their post', async () => {
    const target = (await hr.get('/api/agents?pageSize=1&page=9')).body.items[0];
    const etag = await etagOf(hr, `/api/agents/${target.id}`);
    expect((await hr.call('POST', `/api/agents/${target.id}/departure`, { departedOn: '2026-11-30' }, { 'if-match': etag })).status).toBe(201);
    const search = await hr.get(`/api/agents?q=${encodeURIComponent(target.lastName)}&pageSize=100`);
    expect(search.body.items.map((a: { id: string }) => a.id)).not.toContain(target.id);
    const profile = await hr.get(`/api/agents/${target.id}`);
    expect(profile.body).toMatchObject({ status: 'departed', departedOn: '2026-11-30' });
    const post = await hr.patch(`/api/agents/${target.id}`, { postTitle: 'Autre poste' }, { 'if-match': profile.headers.get('etag')! });
    expect(post.body.code).toBe('DIRECTORY.AGENT_DEPARTED');
  });

  it('needs the version for a status change or a departure, and answers 409 to a stale one without changing anything', async () => {
    const target = (await hr.get('/api/agents?pageSize=1&page=12')).body.items[0];
    const path = `/api/agents/${target.id}`;
    const withoutVersion = await hr.call('PUT', `${path}/status`, { status: 'on_leave' });
    expect(withoutVersion.status).toBe(428);
    expect(withoutVersion.body.code).toBe('REQUEST.PRECONDITION_REQUIRED');
    const seen = await etagOf(hr, path);
    expect((await hr.call('PUT', `${path}/status`, { status: 'on_leave' }, { 'if-match': seen })).status).toBe(200);
    // A second HR officer still looking at the old version: both commands are refused.
    const staleStatus = await hr.call('PUT', `${path}/status`, { status: 'active' }, { 'if-match': seen });
    expect(staleStatus.status).toBe(409);
    const staleDeparture = await hr.call('POST', `${path}/departure`, { departedOn: '2026-11-30' }, { 'if-match': seen });
    expect(staleDeparture.status).toBe(409);
    expect(staleDeparture.headers.get('content-type')).toContain('application/problem+json');
    expect((await hr.get(path)).body.status).toBe('on_leave');
  });

  it('gives HR the HR fields and a colleague none of them', async () => {
    expect((await hr.get(`/api/agents/${agentId}/hr`)).body.matricule).toMatch(/^M\d+/);
    expect(await asAgent.get(`/api/agents/${managerId}/hr`)).toMatchObject({ status: 200, body: { agentId: managerId } });
    expect(Object.keys((await asAgent.get(`/api/agents/${managerId}/hr`)).body)).toEqual(['agentId']);
  });
});

describe('search over HTTP', () => {
  it('tolerates a small typo in a last name', async () => {
    const someone = (await hr.get('/api/agents?pageSize=1&page=5')).body.items[0];
    const name: string = someone.lastName;
    const typo = name.length > 5 ? name.slice(0, -2) + name.at(-1) + name.at(-2) : name + 'e';
    const found = await hr.get(`/api/agents?q=${encodeURIComponent(typo)}&pageSize=100`);
    expect(found.body.items.map((a: { id: string }) => a.id)).toContain(someone.id);
  });

  it('finds a colleague by the start of their work email address', async () => {
    const someone = (await hr.get('/api/agents?pageSize=1&page=7')).body.items[0];
    const start = (someone.workEmail as string).split('@')[0] + '@';
    const found = await hr.get(`/api/agents?q=${encodeURIComponent(start.toUpperCase())}`);
    expect(found.body.items.map((a: { id: string }) => a.id)).toEqual([someone.id]);
  });

  it('finds agents by the name of their unit and filters by direction', async () => {
    const drh = ((await hr.get('/api/org-units')).body as { id: string; name: string }[]).find((u) => u.name === 'Direction des Ressources Humaines')!;
    const byUnitName = await hr.get(`/api/agents?q=${encodeURIComponent('ressources humaines')}&pageSize=100`);
    expect(byUnitName.body.total).toBeGreaterThan(3);
    expect(byUnitName.body.items.every((a: { directionId: string }) => a.directionId === drh.id)).toBe(true);
    const filtered = await hr.get(`/api/agents?directionId=${drh.id}&pageSize=100`);
    expect(filtered.body.items.every((a: { directionName: string }) => a.directionName === 'Direction des Ressources Humaines')).toBe(true);
  });

  it('matches word prefixes while typing, with stemming on posts', async () => {
    const prefix = await hr.get(`/api/agents?q=${encodeURIComponent('gestionn')}&pageSize=100`);
    expect(prefix.body.total).toBeGreaterThan(0);
    for (const a of prefix.body.items as { postTitle: string; displayName: string; unitName: string; directionName: string }[]) {
      expect(stripAccents(`${a.postTitle} ${a.displayName} ${a.unitName} ${a.directionName}`)).toMatch(/gestion/i);
    }
  });
});
