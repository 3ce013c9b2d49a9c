import { AppUnderTest, startAppUnderTest } from '@maillage/tools/testing';
import { DEMO_PASSWORD, Http, login } from './http';

let app: AppUnderTest;
let http: Http;

beforeAll(async () => {
  // The tests reach the app from loopback, standing for a reverse proxy: X-Forwarded-For then
  // says which address each attempt comes from, and a forged one must not help an attacker.
  app = await startAppUnderTest({ MAILLAGE_TRUST_PROXY: 'loopback' });
  http = new Http(app.baseUrl);
}, 120_000);
afterAll(() => app?.stop());

describe('platform conventions over HTTP', () => {
  it('answers health without authentication, with projection lag', async () => {
    const health = await http.get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body.projections.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['directory', 'identity-accounts']),
    );
    expect(health.body.projections.every((p: { upToDate: boolean }) => p.upToDate)).toBe(true);
  });

  it('answers liveness and readiness without authentication, for orchestrators', async () => {
    const live = await http.get('/api/health/live');
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ status: 'ok' });
    const ready = await http.get('/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ok', lagging: [], parkedEvents: 0 });
  });

  it('requires authentication everywhere else, as problem+json', async () => {
    for (const path of ['/api/agents', '/api/org-units', '/api/auth/me']) {
      const response = await http.get(path);
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.code).toBe('AUTH.UNAUTHENTICATED');
    }
  });

  it('publishes the OpenAPI document', async () => {
    const doc = await http.get('/api/docs-json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/agents', '/api/agents/{id}', '/api/auth/login']));
    // One raw form is enough for the sweeps; the YAML copy is not published.
    expect((await http.get('/api/docs-yaml')).status).toBe(404);
  });

  it('sends security headers', async () => {
    const response = await http.get('/api/health');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-request-id')).toMatch(/[0-9a-f-]{36}/);
  });

  it('never leaks internals in errors', async () => {
    const response = await http.post('/api/auth/login', '{"username": ', { 'content-type': 'application/json' });
    expect(response.status).toBe(400);
    expect(response.text).not.toMatch(/at .*\.js|SELECT|node_modules/);
  });
});

describe('accounts and sessions over HTTP', () => {
  it('logs in with a short-lived access token and an httpOnly refresh cookie', async () => {
    const response = await http.post('/api/auth/login', { username: 'rh', password: DEMO_PASSWORD });
    expect(response.status).toBe(200);
    expect(response.body.expiresIn).toBeLessThanOrEqual(900);
    expect(response.body.account).toMatchObject({ username: 'rh', roles: expect.arrayContaining(['hr']) });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/maillage_refresh=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const [, payload] = response.body.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    expect(claims).toMatchObject({ iss: 'maillage', aud: 'maillage-api' });
    expect(claims.exp - claims.iat).toBeLessThanOrEqual(900);
  });

  it('refuses a token signed with another algorithm or key', async () => {
    const forged = [
      Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url'),
      Buffer.from(JSON.stringify({ sub: 'x', cv: 0, iss: 'maillage', aud: 'maillage-api' })).toString('base64url'),
      '',
    ].join('.');
    expect((await http.as(forged).get('/api/auth/me')).status).toBe(401);
  });

  it('rotates the refresh token and revokes the family when an old one is replayed', async () => {
    const session = await login(http, 'admin');
    const first = await http.post('/api/auth/refresh', undefined, { cookie: session.cookie });
    expect(first.status).toBe(200);
    const rotated = (first.headers.get('set-cookie') ?? '').split(';')[0];
    expect(rotated).not.toBe(session.cookie);
    const replay = await http.post('/api/auth/refresh', undefined, { cookie: session.cookie });
    expect(replay.status).toBe(401);
    // The replay revoked the whole family, including the rotated token.
    expect((await http.post('/api/auth/refresh', undefined, { cookie: rotated })).status).toBe(401);
  });

  it('revokes the refresh token on logout', async () => {
    const session = await login(http, 'manager');
    expect((await http.post('/api/auth/logout', undefined, { cookie: session.cookie })).status).toBe(204);
    expect((await http.post('/api/auth/refresh', undefined, { cookie: session.cookie })).status).toBe(401);
  });

  it('revokes existing access tokens when the password changes', async () => {
    const session = await login(http, 'comite');
    const asComite = http.as(session.token);
    const weak = await asComite.post('/api/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: 'court' });
    expect(weak.status).toBe(422);
    expect(weak.body.code).toBe('IDENTITY.PASSWORD_TOO_SHORT');
    const changed = await asComite.post('/api/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: 'une phrase de passe solide' });
    expect(changed.status).toBe(204);
    // Read models catch up asynchronously; the old token must fail from then on.
    let status = 200;
    for (let i = 0; i < 40 && status === 200; i++) {
      status = (await asComite.get('/api/auth/me')).status;
      if (status === 200) await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toBe(401);
    expect((await http.post('/api/auth/login', { username: 'comite', password: 'une phrase de passe solide' })).status).toBe(200);
  });

  it('limits failures per account whatever X-Forwarded-For says, from every address', async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 6; i++) {
      const forged = { 'x-forwarded-for': `203.0.113.${i}` };
      statuses.push((await http.post('/api/auth/login', { username: 'agent', password: 'mauvais mot de passe' }, forged)).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    // The price of a counter that ignores the address: the owner waits too (15 minutes at most).
    const owner = await http.post('/api/auth/login', { username: 'agent', password: DEMO_PASSWORD }, { 'x-forwarded-for': '198.51.100.20' });
    expect(owner.status).toBe(429);
    expect(owner.headers.get('content-type')).toContain('application/problem+json');
    expect(owner.body).toMatchObject({ code: 'AUTH.TOO_MANY_ATTEMPTS', retryAfter: expect.any(Number) });
  });

  it('lets an account without failures sign in from an address where 50 attempts on other accounts failed', async () => {
    const townHall = { 'x-forwarded-for': '192.0.2.80' };
    for (let i = 0; i < 50; i++) {
      const failed = await http.post('/api/auth/login', { username: `intrus-${i}`, password: 'essai' }, townHall);
      expect(failed.status).toBe(401);
    }
    // Over its ceiling, the address may no longer retry an account that failed…
    const retry = await http.post('/api/auth/login', { username: 'intrus-0', password: 'essai' }, townHall);
    expect(retry.status).toBe(429);
    expect(retry.body.code).toBe('AUTH.TOO_MANY_ATTEMPTS');
    // …but a colleague behind the same proxy signs in.
    const colleague = await http.post('/api/auth/login', { username: 'admin', password: DEMO_PASSWORD }, townHall);
    expect(colleague.status).toBe(200);
    // The stated price: one guess per untouched username, which then counts against it.
    expect((await http.post('/api/auth/login', { username: 'intrus-neuf', password: 'essai' }, townHall)).status).toBe(401);
    expect((await http.post('/api/auth/login', { username: 'intrus-neuf', password: 'essai' }, townHall)).status).toBe(429);
    expect((await http.post('/api/auth/login', { username: 'intrus-neuf', password: 'essai' }, { 'x-forwarded-for': '192.0.2.81' })).status).toBe(401);
  });

  it('ends the access token at logout, not 15 minutes later, and only that session', async () => {
    const session = await login(http, 'rh');
    const other = await login(http, 'rh');
    expect((await http.as(session.token).get('/api/auth/me')).status).toBe(200);
    expect((await http.post('/api/auth/logout', undefined, { cookie: session.cookie })).status).toBe(204);
    const after = await http.as(session.token).get('/api/auth/me');
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('AUTH.UNAUTHENTICATED');
    expect((await http.as(other.token).get('/api/auth/me')).status).toBe(200);
  });

  it('refuses an access token without a session id', async () => {
    const session = await login(http, 'rh');
    const [header, payload, signature] = session.token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    delete claims.sid;
    const stripped = [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
    // Re-encoding changes the signed bytes: refused by the signature or, were it valid, by the missing session.
    expect((await http.as(stripped).get('/api/auth/me')).status).toBe(401);
    expect(claims.sub).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString()).sid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps tokens and passwords out of the error bodies', async () => {
    const response = await http.post('/api/auth/login', { username: 'rh', password: 'faux-mot-de-passe-123' });
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('AUTH.INVALID_CREDENTIALS');
    expect(response.text).not.toContain('faux-mot-de-passe-123');
  });

  it('throttles the password change on the same budget as sign-in: a stolen token is no password oracle', async () => {
    const session = await login(http, 'manager');
    const asManager = http.as(session.token);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await asManager.post('/api/auth/password', { currentPassword: `devine-${i}`, newPassword: 'une phrase de passe solide' })).status);
    }
    expect(statuses).toEqual([422, 422, 422, 422, 422, 429]);
    const right = await asManager.post('/api/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: 'une phrase de passe solide' });
    expect(right.status).toBe(429);
    expect(right.body.code).toBe('AUTH.TOO_MANY_ATTEMPTS');
    expect((await http.post('/api/auth/login', { username: 'manager', password: DEMO_PASSWORD })).status).toBe(429);
  });
});
