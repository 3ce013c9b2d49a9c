import { Client } from 'pg';
import { foldText, stripAccents } from '@maillage/shared/contracts';
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

describe('directory API over HTTP', () => {
  it('lists the seeded town hall in pages, sorted by name', async () => {
    const page = await hr.get('/api/agents?page=1&pageSize=50');
    expect(page.status).toBe(200);
    expect(page.body.total).toBeGreaterThanOrEqual(120);
    expect(page.body.items).toHaveLength(50);
    const directions = new Set(page.body.items.map((a: { directionName: string }) => a.directionName));
    expect(directions.size).toBeGreaterThan(3);
    expect(page.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a page size over 100 with a problem+json naming the field', async () => {
    const response = await hr.get('/api/agents?pageSize=500');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 400, code: 'REQUEST.INVALID' });
    expect(response.body.detail).toContain('pageSize');
  });

  it('refuses page numbers that are not plain digits (1e20, 0x10, blank) with 400 rather than reaching PostgreSQL', async () => {
    for (const page of ['1e20', '0x10', '%20', '99999999999999999999']) {
      const response = await hr.get(`/api/agents?page=${page}`);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'REQUEST.INVALID' });
      expect(response.body.detail).toContain('page');
    }
  });

  it('refuses null or blank where a value is required, keeps null as "clear" where it means that, and appends nothing refused', async () => {
    const target = (await hr.get('/api/agents?pageSize=1')).body.items[0];
    const etag = (await hr.get(`/api/agents/${target.id}`)).headers.get('etag')!;
    const before = await eventCount();
    for (const body of [{ postTitle: null }, { postTitle: '   ' }, { employment: null }]) {
      const response = await hr.patch(`/api/agents/${target.id}`, body, { 'if-match': etag });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('REQUEST.INVALID');
    }
    expect(await eventCount()).toBe(before);
    const cleared = await hr.patch(`/api/agents/${target.id}`, { office: null }, { 'if-match': etag });
    expect(cleared.status).toBe(200);
  });

  it('finds an agent whatever the accents and case of the search', async () => {
    const all = await hr.get('/api/agents?pageSize=100');
    const accented = all.body.items.find((a: { lastName: string; firstName: string }) => /[éèêëïîôüç]/i.test(a.firstName + a.lastName));
    expect(accented).toBeDefined();
    const folded = stripAccents(accented.lastName).toUpperCase();
    const found = await hr.get(`/api/agents?q=${encodeURIComponent(folded)}`);
    expect(found.body.items.map((a: { id: string }) => a.id)).toContain(accented.id);
  });

  it('shows a profile with its version as ETag and 404 for an unknown id', async () => {
    const first = (await hr.get('/api/agents?pageSize=1')).body.items[0];
    const profile = await hr.get(`/api/agents/${first.id}`);
    expect(profile.status).toBe(200);
    expect(profile.headers.get('etag')).toBe(`"${profile.body.version}"`);
    const missing = await hr.get('/api/agents/6f1c1b7e-9a51-4c1e-8d7a-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('DIRECTORY.AGENT_NOT_FOUND');
    expect((await hr.get('/api/agents/not-a-uuid')).body.code).toBe('REQUEST.INVALID_ID');
  });

  it('lets HR change a field and shows the change on the very next read', async () => {
    const target = (await hr.get('/api/agents?pageSize=1&page=3')).body.items[0];
    const before = await hr.get(`/api/agents/${target.id}`);
    const changed = await hr.patch(`/api/agents/${target.id}`, { office: 'Hôtel de ville, bureau 101' }, { 'if-match': before.headers.get('etag')! });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id: target.id, version: before.body.version + 1, consistent: true });
    const after = await hr.get(`/api/agents/${target.id}`);
    expect(after.body.office).toBe('Hôtel de ville, bureau 101');
  });

  it('answers 409 to a stale edit and keeps the first one', async () => {
    const target = (await hr.get('/api/agents?pageSize=1&page=4')).body.items[0];
    const seen = (await hr.get(`/api/agents/${target.id}`)).headers.get('etag')!;
    expect((await hr.patch(`/api/agents/${target.id}`, { workPhone: '01 11 11 11 11' }, { 'if-match': seen })).status).toBe(200);
    const stale = await hr.patch(`/api/agents/${target.id}`, { workPhone: '01 22 22 22 22' }, { 'if-match': seen });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('EVENT_STORE.WRONG_EXPECTED_VERSION');
    expect((await hr.get(`/api/agents/${target.id}`)).body.workPhone).toBe('01 11 11 11 11');
  });

  it('answers 404, not 409, to an edit of an agent that does not exist, whatever version it names', async () => {
    const missing = await hr.patch('/api/agents/00000000-0000-4000-8000-000000000000', { office: 'Ailleurs' }, { 'if-match': '"3"' });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('DIRECTORY.AGENT_NOT_FOUND');
  });

  it('requires If-Match on edits', async () => {
    const target = (await hr.get('/api/agents?pageSize=1')).body.items[0];
    const response = await hr.patch(`/api/agents/${target.id}`, { office: 'Ailleurs' });
    expect(response.status).toBe(428);
    expect(response.body.code).toBe('REQUEST.PRECONDITION_REQUIRED');
  });

  it('rejects a field that is not editable (mass assignment) with 400 and appends nothing', async () => {
    const target = (await hr.get('/api/agents?pageSize=1')).body.items[0];
    const etag = (await hr.get(`/api/agents/${target.id}`)).headers.get('etag')!;
    const before = await eventCount();
    // Union membership is special data: Maillage has no such field and refuses it.
    const response = await hr.patch(`/api/agents/${target.id}`, { office: 'B12', unionMembership: 'oui' }, { 'if-match': etag });
    expect(response.status).toBe(400);
    expect(response.body.detail).toContain('unionMembership');
    expect(await eventCount()).toBe(before);
  });

  it('lets an agent edit their own phone but not their post title, nor a colleague’s profile', async () => {
    const agent = await login(http, 'agent');
    const asAgent = http.as(agent.token);
    const own = await asAgent.get(`/api/agents/${agent.account.agentId}`);
    const etag = own.headers.get('etag')!;
    expect((await asAgent.patch(`/api/agents/${agent.account.agentId}`, { workPhone: '06 00 00 00 00' }, { 'if-match': etag })).status).toBe(200);
    const before = await eventCount();
    const post = await asAgent.patch(`/api/agents/${agent.account.agentId}`, { postTitle: 'DGS' }, { 'if-match': `"${own.body.version + 1}"` });
    expect(post.status).toBe(400);
    expect(post.body.code).toBe('REQUEST.FIELD_NOT_ALLOWED');
    // Mass assignment: an agent sending their own grade is refused and nothing is appended.
    const grade = await asAgent.patch(`/api/agents/${agent.account.agentId}`, { workPhone: '06 11 11 11 11', grade: 'Attaché principal' }, { 'if-match': `"${own.body.version + 1}"` });
    expect(grade.status).toBe(400);
    expect(grade.body.detail).toContain('grade');
    expect(await eventCount()).toBe(before);
    const colleague = (await asAgent.get('/api/agents?pageSize=5')).body.items.find((a: { id: string }) => a.id !== agent.account.agentId);
    const other = await asAgent.get(`/api/agents/${colleague.id}`);
    expect((await asAgent.patch(`/api/agents/${colleague.id}`, { office: 'X' }, { 'if-match': other.headers.get('etag')! })).status).toBe(403);
  });

  it('lets HR register an agent, who then appears in the directory, and refuses it to an agent', async () => {
    const body = { firstName: 'Zoé', lastName: 'Nouvelle-Arrivée', postTitle: 'Chargée d’accueil', workEmail: 'zoe.nouvelle@mairie-exemple.fr' };
    const created = await hr.post('/api/agents', body);
    expect(created.status).toBe(201);
    expect(created.body.consistent).toBe(true);
    expect((await hr.get(`/api/agents/${created.body.id}`)).body.displayName).toBe('Zoé Nouvelle-Arrivée');
    const asAgent = http.as((await login(http, 'agent')).token);
    const refused = await asAgent.post('/api/agents', body);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('AUTH.FORBIDDEN');
  });

  it('records the request id as the correlation id of the events it causes', async () => {
    const target = (await hr.get('/api/agents?pageSize=1&page=7')).body.items[0];
    const etag = (await hr.get(`/api/agents/${target.id}`)).headers.get('etag')!;
    const requestId = 'e2e-correlation-0001';
    const response = await hr.patch(`/api/agents/${target.id}`, { office: 'Annexe Jean-Jaurès' }, { 'if-match': etag, 'x-request-id': requestId });
    expect(response.headers.get('x-request-id')).toBe(requestId);
    const { rows } = await db.query(`SELECT metadata FROM events WHERE stream_id = $1 ORDER BY stream_version DESC LIMIT 1`, [`agent-${target.id}`]);
    expect(rows[0].metadata).toMatchObject({ correlationId: requestId, roles: expect.arrayContaining(['hr']) });
  });

  it('refuses a body over 100 kB', async () => {
    const target = (await hr.get('/api/agents?pageSize=1')).body.items[0];
    const response = await hr.patch(`/api/agents/${target.id}`, { office: 'x'.repeat(150_000) }, { 'if-match': '"0"' });
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('REQUEST.TOO_LARGE');
  });
});

describe('the birth name behind a nom d’usage: governed, HR and the agent only', () => {
  it('never finds an agent for a colleague by their birth name, and no line, sort or fiche gives it away', async () => {
    const { rows } = await db.query(
      `SELECT id, first_name AS "firstName", last_name AS "birthName", usual_name AS "usualName" FROM directory_agents
       WHERE usual_name IS NOT NULL AND status <> 'departed' ORDER BY sort_name`,
    );
    expect(rows.length).toBeGreaterThan(0);
    const colleague = http.as((await login(http, 'agent')).token);
    for (const person of rows as { id: string; firstName: string; birthName: string; usualName: string }[]) {
      const byBirthName = await colleague.get(`/api/agents?q=${encodeURIComponent(`${person.firstName} ${person.birthName}`)}&pageSize=100`);
      expect(byBirthName.body.items.map((a: { id: string }) => a.id)).not.toContain(person.id);
      const byName = await colleague.get(`/api/agents?q=${encodeURIComponent(`${person.firstName} ${person.usualName}`)}&pageSize=100`);
      const line = byName.body.items.find((a: { id: string }) => a.id === person.id);
      expect(line).toMatchObject({ lastName: person.usualName, displayName: `${person.firstName} ${person.usualName}` });
      expect(JSON.stringify(line)).not.toContain(person.birthName);
      const fiche = await colleague.get(`/api/agents/${person.id}`);
      expect(fiche.body).not.toHaveProperty('birthName');
      expect(fiche.body).not.toHaveProperty('usualName');
      expect(fiche.text).not.toContain(person.birthName);
      expect(fiche.body.hiddenFields).toContainEqual({ field: 'birthName', visibleTo: ['self', 'hr'] });
    }
  });

  it('sorts the directory by the name in use', async () => {
    const colleague = http.as((await login(http, 'agent')).token);
    const names: string[] = [];
    for (let page = 1; ; page++) {
      const body = (await colleague.get(`/api/agents?pageSize=100&page=${page}`)).body;
      names.push(...body.items.map((a: { lastName: string; firstName: string }) => `${a.lastName} ${a.firstName}`));
      if (page * 100 >= body.total) break;
    }
    const sorted = [...names].sort((a, b) => (foldText(a) < foldText(b) ? -1 : foldText(a) > foldText(b) ? 1 : 0));
    expect(names.map(foldText)).toEqual(sorted.map(foldText));
  });

  it('shows HR the birth name on the fiche, and records that read in the audit trail', async () => {
    const { rows } = await db.query(`SELECT id, last_name AS "birthName" FROM directory_agents WHERE usual_name IS NOT NULL AND status <> 'departed' LIMIT 1`);
    const fiche = await hr.get(`/api/agents/${rows[0].id}`, { 'x-request-id': 'e2e-birth-name-read' });
    expect(fiche.body.birthName).toBe(rows[0].birthName);
    expect(fiche.body.usualName).toBeTruthy();
    const audit = await db.query(`SELECT fields FROM governance_read_audit WHERE request_id = 'e2e-birth-name-read'`);
    expect(audit.rows).toEqual([{ fields: expect.arrayContaining(['birthName']) }]);
  });
});
