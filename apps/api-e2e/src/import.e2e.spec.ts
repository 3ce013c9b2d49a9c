import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import type { AppUnderTest } from '@maillage/tools/testing';
import { countEvents, startAppWithLog, stopAppWithLog } from './app-with-log';
import { Http, login } from './http';

/** The sample of docs/import-format.md: UTF-8 with a BOM, `;`, CRLF, written against the demo town hall. */
const SAMPLE = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'samples', 'annuaire-import.csv'));

const CP1252: Record<string, number> = { '€': 0x80, '’': 0x92, 'Œ': 0x8c, 'œ': 0x9c };
/** The same file as Excel « CSV (séparateur : point-virgule) » writes it: Windows-1252, no BOM. */
function toWindows1252(utf8WithBom: Buffer): Buffer {
  const text = utf8WithBom.subarray(3).toString('utf8');
  return Buffer.from(
    [...text].map((c) => {
      const code = CP1252[c] ?? c.charCodeAt(0);
      if (code > 0xff) throw new Error(`« ${c} » has no Windows-1252 byte`);
      return code;
    }),
  );
}

let app: AppUnderTest;
let http: Http;
let admin: Http;
let adminToken: string;
let db: Client;

beforeAll(async () => {
  ({ app, http, db } = await startAppWithLog());
  adminToken = (await login(http, 'admin')).token;
  admin = http.as(adminToken);
}, 120_000);
afterAll(() => stopAppWithLog({ app, db }));

const eventCount = () => countEvents(db);

async function upload(token: string, bytes: Buffer, fileName: string, contentType = 'text/csv') {
  const response = await fetch(`${app.baseUrl}/api/imports?fileName=${encodeURIComponent(fileName)}`, {
    method: 'POST',
    headers: { 'content-type': contentType, authorization: `Bearer ${token}` },
    body: new Uint8Array(bytes),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

async function applyAndWait(id: string) {
  const started = await admin.post(`/api/imports/${id}/apply`);
  expect(started.status).toBe(202);
  const progress: number[] = [];
  for (let i = 0; i < 600; i++) {
    const job = await admin.get(`/api/imports/${id}?pageSize=0`);
    progress.push(job.body.progress);
    if (job.body.status !== 'applying') return { job: job.body, progress };
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error('the import did not finish within 60 s');
}

const outcomes = (rows: { line: number; outcome: string; errors: { code: string }[] }[]) =>
  rows.map((r) => [r.line, r.outcome, ...r.errors.map((e) => e.code)]);

describe('directory import over HTTP', () => {
  it('shows the dry run of the sample per line, and appends nothing', async () => {
    const before = await eventCount();
    const response = await upload(adminToken, SAMPLE, 'annuaire-import.csv');
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'dry_run',
      fileName: 'annuaire-import.csv',
      totalRows: 14,
      summary: { encoding: 'utf-8', delimiter: ';', new: 3, changed: 4, unchanged: 1, error: 6 },
    });
    expect(outcomes(response.body.rows)).toEqual([
      [2, 'unchanged'],
      [3, 'changed'],
      [4, 'changed'],
      [5, 'changed'],
      [6, 'changed'],
      [7, 'new'],
      [8, 'new'],
      [9, 'new'],
      [10, 'error', 'IMPORT.UNIT_NOT_FOUND'],
      [11, 'error', 'IMPORT.EMAIL_INVALID'],
      [12, 'error', 'IMPORT.MANAGER_NOT_FOUND'],
      [13, 'error', 'IMPORT.DUPLICATE_MATRICULE'],
      [14, 'error', 'IMPORT.DUPLICATE_MATRICULE'],
      [15, 'error', 'IMPORT.MALFORMED_LINE'],
    ]);
    const moved = response.body.rows.find((r: { line: number }) => r.line === 4);
    expect(moved.move.to.name).toBe('Service Applications métier');
    expect(response.body.rows.find((r: { line: number }) => r.line === 9).changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'office', to: 'Centre technique; atelier "Nord"' })]),
    );
    expect(await eventCount()).toBe(before);
  });

  it('applies the sample: progress reaches 100 %, the agents appear, bad rows append nothing', async () => {
    const before = await eventCount();
    const dryRun = (await upload(adminToken, SAMPLE, 'annuaire-import.csv')).body;
    const { job, progress } = await applyAndWait(dryRun.id);
    expect(job).toMatchObject({ status: 'applied', progress: 100, processedRows: 14, summary: { applied: 7, failed: 0 } });
    expect(progress[progress.length - 1]).toBe(100);

    const { rows: events } = await db.query(`SELECT type, metadata->>'actorId' AS actor FROM events WHERE metadata->>'reason' = $1`, [`import:sha256:${dryRun.sha256}`]);
    expect(new Set(events.map((e) => e.actor))).toEqual(new Set([job.appliedBy]));
    // 3 field changes + post + move + manager, leave, departure, 3 registrations, leave of a newcomer; each of the 6
    // structure changes (move, manager, departure, registrations) also recorded on the organisation stream, in the same append.
    expect(events.map((e) => e.type).sort()).toEqual(
      [
        'AgentFieldChanged', 'AgentFieldChanged', 'AgentFieldChanged', 'AgentFieldChanged', 'AgentMovedToUnit', 'ManagerAssigned',
        'AgentStatusChanged', 'AgentDeparted', 'AgentRegistered', 'AgentRegistered', 'AgentRegistered', 'AgentStatusChanged',
        ...Array(6).fill('OrganisationStructureChanged'),
      ].sort(),
    );
    expect((await eventCount()) - before).toBe(events.length);

    const found = await admin.get(`/api/agents?q=${encodeURIComponent('Fontaine')}`);
    const noe = found.body.items.find((a: { firstName: string }) => a.firstName === 'Noé');
    expect(noe).toMatchObject({ lastName: 'Fontaine', postTitle: 'Développeur applications', unitName: 'Service Applications métier' });
    const zoe = (await admin.get(`/api/agents?q=${encodeURIComponent('Lefèvre-Nguyen')}`)).body.items[0];
    expect((await admin.get(`/api/agents/${noe.id}`)).body).toMatchObject({ managerId: zoe.id });

    const { rows: bad } = await db.query(`SELECT count(*)::int AS n FROM directory_agent_hr WHERE matricule IN ('M20004', 'M20005', 'M20006', 'M20007', 'M20008')`);
    expect(bad[0].n).toBe(0);
  });

  it('appends nothing when the same file is uploaded and applied again', async () => {
    const before = await eventCount();
    const dryRun = (await upload(adminToken, SAMPLE, 'annuaire-import.csv')).body;
    expect(dryRun.summary).toMatchObject({ new: 0, changed: 0, unchanged: 8, error: 6, commands: 0 });
    expect(dryRun.previouslyApplied.length).toBeGreaterThanOrEqual(1);
    const { job } = await applyAndWait(dryRun.id);
    expect(job).toMatchObject({ status: 'applied', progress: 100 });
    expect(await eventCount()).toBe(before);
  });

  it('reads the Windows-1252 export of the same file identically', async () => {
    const before = await eventCount();
    const response = await upload(adminToken, toWindows1252(SAMPLE), 'annuaire-import-excel.csv', 'application/vnd.ms-excel');
    expect(response.status).toBe(201);
    expect(response.body.summary).toMatchObject({ encoding: 'windows-1252', new: 0, changed: 0, unchanged: 8, error: 6 });
    expect(response.body.rows.find((r: { line: number }) => r.line === 9).name).toBe('François Œuvray');
    expect(await eventCount()).toBe(before);
  });

  it('pages and filters the report, and lists recent imports', async () => {
    const [latest] = (await admin.get('/api/imports')).body;
    const errors = await admin.get(`/api/imports/${latest.id}?outcome=error&pageSize=4`);
    expect(errors.status).toBe(200);
    expect(errors.body.rows.map((r: { line: number }) => r.line)).toEqual([10, 11, 12, 13]);
    expect(errors.body.rowsTotal).toBe(6);
  });

  it('refuses a file without the required columns, an unknown media type and an unknown import as problem+json', async () => {
    const missing = await upload(adminToken, Buffer.from('matricule;nom\r\nM1;A\r\n'), 'x.csv');
    expect(missing.status).toBe(422);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    expect(missing.body).toMatchObject({ code: 'IMPORT.MISSING_COLUMNS', missing: ['prenom', 'email', 'intitule_poste', 'unite'] });
    const json = await admin.post('/api/imports', { rows: [] });
    expect(json.status).toBe(415);
    expect(json.body.code).toBe('IMPORT.UNSUPPORTED_MEDIA_TYPE');
    const unknown = await admin.get('/api/imports/6f1c1b7e-9a51-4c1e-8d7a-000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('IMPORT.NOT_FOUND');
    const applied = (await admin.get('/api/imports')).body.find((job: { status: string }) => job.status === 'applied');
    const twice = await admin.post(`/api/imports/${applied.id}/apply`);
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'IMPORT.NOT_A_DRY_RUN', importStatus: 'applied' });
  });

  it('refuses a file over 5 MB with 413', async () => {
    const header = Buffer.from('matricule;nom;prenom;email;intitule_poste;unite\r\n');
    const big = Buffer.concat([header, Buffer.alloc(5 * 1024 * 1024 + 10, 'a')]);
    const response = await upload(adminToken, big, 'gros.csv');
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('IMPORT.FILE_TOO_LARGE');
  });

  it('lets HR import, and refuses a plain agent with 403 and an anonymous caller with 401', async () => {
    expect((await upload((await login(http, 'rh')).token, SAMPLE, 'annuaire-import.csv')).status).toBe(201);
    const agentToken = (await login(http, 'agent')).token;
    const refused = await upload(agentToken, SAMPLE, 'annuaire-import.csv');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('AUTH.FORBIDDEN');
    expect((await http.as(agentToken).get('/api/imports')).status).toBe(403);
    const anonymous = await fetch(`${app.baseUrl}/api/imports`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: new Uint8Array(SAMPLE) });
    expect(anonymous.status).toBe(401);
  });
});

/**
 * Declares a 5 MB upload, sends its first 64 kB and waits for an answer without
 * sending the rest: a server that buffers the body before checking the caller
 * never answers (the test then fails on its timeout).
 */
function partialUpload(headers: Record<string, string>): Promise<number> {
  const url = new URL('/api/imports', app.baseUrl);
  return new Promise((resolve, reject) => {
    const upload = request({
      hostname: url.hostname,
      port: url.port,
      path: url.pathname,
      method: 'POST',
      headers: { 'content-type': 'text/csv', 'content-length': String(5 * 1024 * 1024), ...headers },
    });
    const timer = setTimeout(() => {
      upload.destroy();
      reject(new Error('no answer while the body was still being sent: the server waited for the 5 MB before checking the caller'));
    }, 5_000);
    upload.on('response', (response) => {
      clearTimeout(timer);
      response.resume();
      resolve(response.statusCode ?? 0);
      upload.destroy();
    });
    // After the answer the unfinished upload is cut off on purpose.
    upload.on('error', () => undefined);
    upload.write(Buffer.alloc(64 * 1024, 'a'));
  });
}

describe('who is refused before the file is read', () => {
  it('refuses an anonymous caller, a forged token and a plain agent before the 5 MB body is sent', async () => {
    expect(await partialUpload({})).toBe(401);
    expect(await partialUpload({ authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.forged' })).toBe(401);
    expect(await partialUpload({ authorization: `Bearer ${(await login(http, 'agent')).token}` })).toBe(403);
  });
});

describe('HR values in import reports', () => {
  const CANARY_GRADE = 'Grade-canari-import-7f3a';

  /** A demo agent outside the admin's direction (so outside any hierarchy of theirs), with a matricule and a grade. */
  async function subject() {
    const { rows } = await db.query(
      `SELECT a.id, a.first_name, a.last_name, a.work_email, a.post_title, a.unit_id, h.matricule, h.grade
       FROM directory_agents a JOIN directory_agent_hr h ON h.agent_id = a.id
       WHERE a.status = 'active' AND h.employment = 'titulaire' AND h.grade IS NOT NULL AND h.matricule IS NOT NULL
         AND a.direction_id IS DISTINCT FROM (SELECT direction_id FROM directory_agents WHERE id = $1)
       ORDER BY a.id LIMIT 1`,
      [(await login(http, 'admin')).account.agentId],
    );
    return rows[0] as { id: string; first_name: string; last_name: string; work_email: string; post_title: string; unit_id: string; matricule: string; grade: string };
  }

  it('withholds a changed grade and the matricule from the admin who imports it, and shows them to HR, audited', async () => {
    const agent = await subject();
    const file = Buffer.from(
      `matricule;nom;prenom;email;intitule_poste;unite;grade\r\n${agent.matricule};${agent.last_name};${agent.first_name};${agent.work_email};${agent.post_title};${agent.unit_id};${CANARY_GRADE}\r\n`,
    );
    const dryRun = await upload(adminToken, file, 'grade.csv');
    expect(dryRun.status).toBe(201);
    const asAdmin = await admin.get(`/api/imports/${dryRun.body.id}`);
    for (const body of [dryRun.body, asAdmin.body]) {
      expect(body.rows).toHaveLength(1);
      expect(body.rows[0]).toMatchObject({ agentId: agent.id, outcome: 'changed', matricule: null, matriculeWithheld: { visibleTo: expect.arrayContaining(['hr']) } });
      expect(body.rows[0].changes).toEqual([{ field: 'grade', column: 'grade', from: null, to: null, withheld: { visibleTo: expect.arrayContaining(['hr']) } }]);
      const text = JSON.stringify(body);
      for (const value of [CANARY_GRADE, agent.grade, agent.matricule]) expect(text).not.toContain(value);
    }

    const rh = await login(http, 'rh');
    const asHr = await http.as(rh.token).get(`/api/imports/${dryRun.body.id}`);
    expect(asHr.body.rows[0]).toMatchObject({ matricule: agent.matricule });
    expect(asHr.body.rows[0].changes).toEqual([{ field: 'grade', column: 'grade', from: agent.grade, to: CANARY_GRADE }]);
    const { rows: audited } = await db.query(
      `SELECT fields FROM governance_read_audit WHERE viewer_account_id = $1 AND subject_agent_id = $2 AND purpose = 'import'`,
      [rh.account.accountId, agent.id],
    );
    expect(audited.map((r) => [...r.fields].sort())).toEqual([['grade', 'matricule']]);
  });
});
