import { randomBytes } from 'node:crypto';
import { AppUnderTest, startAppUnderTest } from '@maillage/tools/testing';
import { Http } from './http';

let app: AppUnderTest;
let http: Http;

beforeAll(async () => {
  // What a town hall runs: production mode with its own secrets, no demo data.
  app = await startAppUnderTest({ NODE_ENV: 'production', MAILLAGE_JWT_SECRET: randomBytes(48).toString('base64url') });
  http = new Http(app.baseUrl);
}, 120_000);
afterAll(() => app?.stop());

describe('production mode', () => {
  it('serves no API description: neither the Swagger UI nor the raw JSON or YAML document', async () => {
    for (const path of ['/api/docs', '/api/docs-json', '/api/docs-yaml']) {
      const response = await http.get(path);
      expect(response.status).toBe(404);
      expect(response.text).not.toMatch(/openapi|swagger/i);
    }
  });

  it('still answers health and refuses the rest without authentication', async () => {
    expect((await http.get('/api/health')).status).toBe(200);
    const agents = await http.get('/api/agents');
    expect(agents.status).toBe(401);
    expect(agents.body.code).toBe('AUTH.UNAUTHENTICATED');
  });
});
