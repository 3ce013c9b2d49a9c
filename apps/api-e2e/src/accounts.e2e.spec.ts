import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AppWithLog, startAppWithLog, stopAppWithLog } from './app-with-log';
import { Http, login } from './http';

const run = promisify(execFile);
const CLI = join(__dirname, '..', '..', '..', 'dist', 'api', 'apps', 'api', 'src', 'cli', 'account-create.js');
const NEW_PASSWORD = 'un mot de passe bien à moi';

/** Signs in, retrying while the accounts projection has not yet seen an account created out of band. */
async function loginWhenProjected(http: Http, username: string, password: string) {
  for (let attempt = 0; ; attempt++) {
    const response = await http.post('/api/auth/login', { username, password }, { 'x-forwarded-for': '198.51.100.77' });
    if (response.status === 200 || attempt === 40) return response;
    await new Promise((ok) => setTimeout(ok, 250));
  }
}

const oneTimePasswordIn = (stdout: string) => /provisoire[^:]*: (\S+)/.exec(stdout)?.[1] ?? '';

describe('the first administrator of a production town hall', () => {
  let started: Partial<AppWithLog> = {};
  const production = { NODE_ENV: 'production', MAILLAGE_JWT_SECRET: randomBytes(48).toString('base64url') };
  beforeAll(async () => (started = await startAppWithLog(production)), 120_000);
  afterAll(() => stopAppWithLog(started));

  it('is created by the CLI with a one-time password that opens nothing but the password change', async () => {
    const { app, http } = started as AppWithLog;
    const env = { ...process.env, ...production, DATABASE_URL: app.databaseUrl, MAILLAGE_AUDIT_KEY: app.auditKey, LOG_LEVEL: 'warn' };
    const { stdout } = await run(process.execPath, [CLI, '--username', 'C.Martin', '--roles', 'admin'], { env });
    expect(stdout).toContain('« c.martin » créé');
    const oneTime = oneTimePasswordIn(stdout);
    expect(oneTime).toMatch(/^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$/);

    const first = await loginWhenProjected(http, 'c.martin', oneTime);
    expect(first.status).toBe(200);
    expect(first.body.account).toMatchObject({ username: 'c.martin', roles: ['agent', 'admin'], passwordChangeRequired: true });
    const provisional = http.as(first.body.accessToken);
    const refused = await provisional.get('/api/admin/accounts');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('IDENTITY.PASSWORD_CHANGE_REQUIRED');
    expect((await provisional.get('/api/auth/me')).body.passwordChangeRequired).toBe(true);

    expect((await provisional.post('/api/auth/password', { currentPassword: oneTime, newPassword: NEW_PASSWORD })).status).toBe(204);
    const session = await login(http, 'c.martin', NEW_PASSWORD);
    expect(session.account.passwordChangeRequired).toBe(false);
    const accounts = await http.as(session.token).get('/api/admin/accounts');
    expect(accounts.status).toBe(200);
    expect(accounts.body.map((a: { username: string }) => a.username)).toEqual(['c.martin']);
  });

  it('refuses a taken username or an unknown role, naming the problem, and writes nothing', async () => {
    const { app } = started as AppWithLog;
    const env = { ...process.env, ...production, DATABASE_URL: app.databaseUrl, MAILLAGE_AUDIT_KEY: app.auditKey, LOG_LEVEL: 'warn' };
    await expect(run(process.execPath, [CLI, '--username', 'c.martin', '--roles', 'admin'], { env })).rejects.toMatchObject({ stderr: expect.stringContaining('IDENTITY.USERNAME_TAKEN') });
    await expect(run(process.execPath, [CLI, '--username', 'x.y', '--roles', 'root'], { env })).rejects.toMatchObject({ stderr: expect.stringContaining('Unknown role(s) root') });
  });
});

describe('« Comptes »: account administration over HTTP', () => {
  let started: Partial<AppWithLog> = {};
  let admin: Http;
  let adminAccountId: string;
  beforeAll(async () => {
    started = await startAppWithLog();
    const session = await login(started.http!, 'admin');
    admin = started.http!.as(session.token);
    adminAccountId = session.account.accountId;
  }, 120_000);
  afterAll(() => stopAppWithLog(started));

  async function createAccount(username: string, roles: string[] = []) {
    const created = await admin.post('/api/admin/accounts', { username, roles });
    expect(created.status).toBe(201);
    return created.body as { id: string; version: number; oneTimePassword: string };
  }

  it('creates an account with a one-time password, shown in the answer and required to change at first sign-in', async () => {
    const created = await createAccount('l.bernard', ['hr']);
    const listed = (await admin.get('/api/admin/accounts')).body.find((a: { accountId: string }) => a.accountId === created.id);
    expect(listed).toMatchObject({ username: 'l.bernard', roles: ['agent', 'hr'], disabled: false, passwordChangeRequired: true, version: created.version });
    expect(JSON.stringify(listed)).not.toContain('argon2');
    const session = await login(started.http!, 'l.bernard', created.oneTimePassword);
    expect((await started.http!.as(session.token).get('/api/agents?q=a')).body.code).toBe('IDENTITY.PASSWORD_CHANGE_REQUIRED');
  });

  it('disables an account: its open session is refused on the very next request, and it cannot sign in until re-enabled', async () => {
    const created = await createAccount('p.roux');
    const http = started.http!;
    const first = await login(http, 'p.roux', created.oneTimePassword);
    await http.as(first.token).post('/api/auth/password', { currentPassword: created.oneTimePassword, newPassword: NEW_PASSWORD });
    const session = await login(http, 'p.roux', NEW_PASSWORD);
    const version = (await admin.get(`/api/admin/accounts/${created.id}`)).headers.get('etag')!;

    const disabled = await admin.post(`/api/admin/accounts/${created.id}/disable`, undefined, { 'if-match': version });
    expect(disabled.status).toBe(200);
    expect((await http.as(session.token).get('/api/auth/me')).status).toBe(401);
    expect((await http.post('/api/auth/refresh', undefined, { cookie: session.cookie })).status).toBe(401);
    const refused = await http.post('/api/auth/login', { username: 'p.roux', password: NEW_PASSWORD }, { 'x-forwarded-for': '198.51.100.78' });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('AUTH.ACCOUNT_DISABLED');

    const enabled = await admin.post(`/api/admin/accounts/${created.id}/enable`, undefined, { 'if-match': `"${disabled.body.version}"` });
    expect(enabled.status).toBe(200);
    expect((await login(http, 'p.roux', NEW_PASSWORD)).account.username).toBe('p.roux');

    const { rows } = await started.db!.query(
      `SELECT type, metadata->>'actorId' AS actor FROM events WHERE stream_id = 'account-p.roux' AND type IN ('AccountDisabled', 'AccountReenabled') ORDER BY stream_version`,
    );
    expect(rows).toEqual([{ type: 'AccountDisabled', actor: adminAccountId }, { type: 'AccountReenabled', actor: adminAccountId }]);
  });

  it('resets a password to a one-time one and ends the sessions opened with the old one', async () => {
    const created = await createAccount('m.petit');
    const http = started.http!;
    const before = await login(http, 'm.petit', created.oneTimePassword);
    const reset = await admin.post(`/api/admin/accounts/${created.id}/password-reset`, undefined, { 'if-match': `"${created.version}"` });
    expect(reset.status).toBe(201);
    expect(reset.body.oneTimePassword).not.toBe(created.oneTimePassword);
    expect((await http.as(before.token).get('/api/auth/me')).status).toBe(401);
    expect((await http.post('/api/auth/login', { username: 'm.petit', password: created.oneTimePassword }, { 'x-forwarded-for': '198.51.100.79' })).status).toBe(401);
    expect((await login(http, 'm.petit', reset.body.oneTimePassword)).account.passwordChangeRequired).toBe(true);
  });

  it('grants and revokes roles, effective on the next request of the account', async () => {
    const created = await createAccount('j.leroy');
    const granted = await admin.call('PUT', `/api/admin/accounts/${created.id}/roles`, { roles: ['committee', 'hr'] }, { 'if-match': `"${created.version}"` });
    expect(granted.status).toBe(200);
    const revoked = await admin.call('PUT', `/api/admin/accounts/${created.id}/roles`, { roles: ['hr'] }, { 'if-match': `"${granted.body.version}"` });
    expect(revoked.status).toBe(200);
    expect((await admin.get(`/api/admin/accounts/${created.id}`)).body.roles).toEqual(['agent', 'hr']);
    const { rows } = await started.db!.query(`SELECT type, data->>'role' AS role FROM events WHERE stream_id = 'account-j.leroy' AND type LIKE 'Role%' ORDER BY stream_version`);
    expect(rows).toEqual([
      { type: 'RoleGranted', role: 'hr' },
      { type: 'RoleGranted', role: 'committee' },
      { type: 'RoleRevoked', role: 'committee' },
    ]);
  });

  it('refuses a change made on a stale version (409) or without a version (428)', async () => {
    const created = await createAccount('s.moreau');
    expect((await admin.call('PUT', `/api/admin/accounts/${created.id}/roles`, { roles: ['hr'] }, { 'if-match': `"${created.version}"` })).status).toBe(200);
    const stale = await admin.post(`/api/admin/accounts/${created.id}/disable`, undefined, { 'if-match': `"${created.version}"` });
    expect(stale.status).toBe(409);
    expect(stale.headers.get('content-type')).toContain('application/problem+json');
    const missing = await admin.post(`/api/admin/accounts/${created.id}/disable`);
    expect(missing.status).toBe(428);
    expect(missing.body.code).toBe('REQUEST.PRECONDITION_REQUIRED');
  });

  it('never leaves the town hall without an enabled administrator', async () => {
    const own = (await admin.get(`/api/admin/accounts/${adminAccountId}`)).headers.get('etag')!;
    const disable = await admin.post(`/api/admin/accounts/${adminAccountId}/disable`, undefined, { 'if-match': own });
    expect(disable.status).toBe(409);
    expect(disable.body.code).toBe('IDENTITY.LAST_ADMIN');
    const demote = await admin.call('PUT', `/api/admin/accounts/${adminAccountId}/roles`, { roles: ['hr'] }, { 'if-match': own });
    expect(demote.status).toBe(409);
    expect(demote.body.code).toBe('IDENTITY.LAST_ADMIN');
    expect((await admin.get('/api/auth/me')).body.roles).toContain('admin');
  });

  it('refuses a malformed account with a stable code and a French message', async () => {
    const unknownRole = await admin.post('/api/admin/accounts', { username: 'x.dupont', roles: ['root'] });
    expect(unknownRole.status).toBe(400);
    const badName = await admin.post('/api/admin/accounts', { username: 'x dupont', roles: [] });
    expect(badName.status).toBe(422);
    expect(badName.body.code).toBe('IDENTITY.USERNAME_INVALID');
    const taken = await admin.post('/api/admin/accounts', { username: 'admin', roles: [] });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('IDENTITY.USERNAME_TAKEN');
    const badId = await admin.get('/api/admin/accounts/not-a-uuid');
    expect(badId.status).toBe(400);
    expect(badId.body.code).toBe('REQUEST.INVALID_ID');
  });
});
