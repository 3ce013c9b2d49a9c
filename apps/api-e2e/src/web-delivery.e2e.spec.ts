import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { AppUnderTest, startAppUnderTest } from '@maillage/tools/testing';

const WEB_ROOT = join(__dirname, '..', '..', '..', 'dist', 'web', 'browser');
const hasWebBuild = (() => {
  try {
    readFileSync(join(WEB_ROOT, 'index.html'));
    return true;
  } catch {
    return false;
  }
})();

/** Raw HTTP (node:http), so nothing decompresses or adds Accept-Encoding behind the test's back. */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

// Needs the web build the API serves (`npx nx run web:build`, which `npm test` runs first).
(hasWebBuild ? describe : describe.skip)('delivering the web app over real HTTP (needs dist/web)', () => {
  let app: AppUnderTest;
  let mainScript: string;

  beforeAll(async () => {
    app = await startAppUnderTest();
    const index = await get(`${app.baseUrl}/`);
    mainScript = /<script src="(main-[A-Z0-9]{8}\.js)"/.exec(index.body.toString('utf8'))?.[1] ?? '';
  }, 120_000);
  afterAll(() => app?.stop());

  it('sends a hashed script Brotli-compressed when asked, cached for a year as immutable', async () => {
    expect(mainScript).toMatch(/^main-[A-Z0-9]{8}\.js$/);
    const raw = readFileSync(join(WEB_ROOT, mainScript));
    const response = await get(`${app.baseUrl}/${mainScript}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['vary']).toContain('Accept-Encoding');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.body.length).toBeLessThan(raw.length / 2);
    expect(brotliDecompressSync(response.body).equals(raw)).toBe(true);
  });

  it('falls back to gzip, and to the plain file for a client that asks for neither', async () => {
    const raw = readFileSync(join(WEB_ROOT, mainScript));
    const gz = await get(`${app.baseUrl}/${mainScript}`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(raw)).toBe(true);
    const refused = await get(`${app.baseUrl}/${mainScript}`, { 'accept-encoding': 'br;q=0, identity' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(refused.body.equals(raw)).toBe(true);
  });

  it('never lets a browser keep index.html without asking, deep links included', async () => {
    for (const path of ['/', '/index.html', '/annuaire']) {
      const response = await get(`${app.baseUrl}${path}`, { 'accept-encoding': 'br' });
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body.toString('utf8')).toContain('<mlg-root');
    }
  });

  it('does not serve a file outside the web root through an encoded "../"', async () => {
    const response = await get(`${app.baseUrl}/..%2f..%2fpackage.json`, { 'accept-encoding': 'br' });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.toString('utf8')).not.toContain('"name": "maillage"');
  });
});
