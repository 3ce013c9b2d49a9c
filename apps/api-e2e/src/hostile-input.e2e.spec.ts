import fc from 'fast-check';
import { Client } from 'pg';
import { AppUnderTest, startAppUnderTest } from '@maillage/tools/testing';
import { Http, login } from './http';

/**
 * Every operation of the OpenAPI document, fed deterministic bad values (path
 * and query parameters, bodies) as each demo role and anonymously: never a
 * 5xx, every 4xx a problem+json with a stable code, nothing appended to the
 * log by a refused request, every projection up to date afterwards. New
 * operations are covered as soon as they are in the document.
 *
 * Bounded: a fixed pool of bad values per kind; for body properties a seeded
 * fast-check sample per role (so the roles together cover the pool and a
 * failure replays with the same seed).
 */
const SEED = 8_2026;
const ROLES = ['agent', 'manager', 'rh', 'admin', 'comite'] as const;
const CONCURRENCY = 6;
const STABLE_CODE = /^[A-Z][A-Z0-9_]*(\.[A-Z0-9_]+)+$/;
const SOME_UUID = '5f0c6a8e-3b1d-4c2a-9e7f-1a2b3c4d5e6f';

type Schema = { type?: string; format?: string; enum?: unknown[]; $ref?: string; items?: Schema; properties?: Record<string, Schema>; allOf?: Schema[] };
interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly schema?: Schema;
}
interface Operation {
  readonly method: string;
  readonly path: string;
  readonly parameters: readonly Parameter[];
  readonly body: Schema | null;
}
interface Probe {
  readonly label: string;
  readonly method: string;
  readonly url: string;
  readonly body?: string | Buffer;
  readonly contentType?: string;
}

/** Path parameter values, already as they go in the URL. */
const BAD_PATH = ['pas-un-uuid', '0', '-1', '1e20', '9'.repeat(300), 'a'.repeat(2000), '%00', 'x%00y', encodeURIComponent('é✓𝄞'), '%ZZ', '00000000-0000-0000-0000-000000000000', SOME_UUID.toUpperCase(), 'e0c8d5f4-8a1b-11ee-b9d1-0242ac120002'];

/** Query values (raw, after `name=`), including repeated parameters. */
const BAD_QUERY = ['abc', '1e20', '-1', '0', '1.5', 'NaN', 'Infinity', '2026-02-31', '2026-13-01', '31/12/2026', '', '%00', 'a'.repeat(5000), 'true', encodeURIComponent('[]')];

/** Whole bodies with a JSON content type. */
const deepArray = '['.repeat(5000) + ']'.repeat(5000);
const deepObject = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
const BAD_BODIES: readonly [string, string | Buffer, string][] = [
  ['null', 'null', 'application/json'],
  ['array', '[]', 'application/json'],
  ['string', '"texte"', 'application/json'],
  ['number', '42', 'application/json'],
  ['empty', '', 'application/json'],
  ['not JSON', '{"a":', 'application/json'],
  ['array nested 5,000 deep', deepArray, 'application/json'],
  ['object nested 5,000 deep', deepObject, 'application/json'],
  ['raw NUL byte', Buffer.from('{"a":"\u0000"}'), 'application/json'],
  ['NUL byte outside strings', Buffer.from([0x7b, 0x00, 0x7d]), 'application/json'],
  ['over 100 kB', JSON.stringify({ a: 'a'.repeat(150_000) }), 'application/json'],
  ['unsupported charset', '{}', 'application/json; charset=latin1'],
  ['plain text', 'bonjour', 'text/plain'],
  ['prototype pollution', '{"__proto__":{"roles":["admin"]},"constructor":{"prototype":{"x":1}}}', 'application/json'],
];

/** Wrong values for one property: wrong types, and bad values of the right type. */
const BAD_PROPERTY: readonly unknown[] = [
  null,
  123,
  -1,
  1e20,
  1.5,
  true,
  'texte',
  '',
  '   ',
  '\u0000',
  'a\u0000b',
  'a'.repeat(10_000),
  '2026-02-31',
  '9999-99-99',
  [],
  [null],
  ['texte'],
  {},
  { $ne: 1 },
  Array.from({ length: 2000 }, (_, i) => i),
];

let app: AppUnderTest;
let http: Http;
let operations: Operation[];
let schemas: Record<string, Schema>;
const tokens = new Map<string, string | null>();

beforeAll(async () => {
  app = await startAppUnderTest();
  http = new Http(app.baseUrl);
  for (const role of ROLES) tokens.set(role, (await login(http, role)).token);
  tokens.set('anonymous', null);
  const doc = (await http.get('/api/docs-json')).body as { paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } }>>; components: { schemas: Record<string, Schema> } };
  schemas = doc.components.schemas;
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      parameters: operation.parameters ?? [],
      body: operation.requestBody?.content['application/json']?.schema ?? null,
    })),
  );
}, 180_000);
afterAll(() => app?.stop());

function resolve(schema: Schema | undefined): Schema {
  if (!schema) return {};
  if (schema.$ref) return resolve(schemas[schema.$ref.split('/').pop() ?? '']);
  if (schema.allOf?.length === 1) return resolve(schema.allOf[0]);
  return schema;
}

/** A value the schema would take, so that one bad property is the only thing wrong in a body. */
function plausible(schema: Schema | undefined): unknown {
  const s = resolve(schema);
  if (s.enum?.length) return s.enum[0];
  switch (s.type) {
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'array':
      return [];
    case 'object':
      return Object.fromEntries(Object.entries(s.properties ?? {}).map(([name, property]) => [name, plausible(property)]));
    default:
      return s.format === 'uuid' ? SOME_UUID : s.format === 'date' ? '2026-01-15' : 'texte';
  }
}

function urlOf(operation: Operation, pathValues: Record<string, string> = {}, query = ''): string {
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => pathValues[name] ?? SOME_UUID);
  return `${path}${query ? `?${query}` : ''}`;
}

function withPlainBody(operation: Operation, label: string, url: string): Probe {
  const body = operation.body ? JSON.stringify(plausible(operation.body)) : undefined;
  return { label, method: operation.method, url, body, contentType: body ? 'application/json' : undefined };
}

/** Whole bad bodies: parsed (and refused) before authentication, so they are sent as every caller. */
function badBodies(operation: Operation): Probe[] {
  if (operation.method === 'GET') return [];
  return BAD_BODIES.map(([label, body, contentType]) => ({ label: `body ${label}`, method: operation.method, url: urlOf(operation), body, contentType }));
}

/** The requests sent for one operation as one role; `sample` picks the body-property values for that role. */
function probesFor(operation: Operation, sample: (pool: readonly unknown[]) => unknown[]): Probe[] {
  const { method } = operation;
  const probes: Probe[] = [];
  const withBody = (label: string, url: string) => withPlainBody(operation, label, url);
  for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
    for (const value of BAD_PATH) probes.push(withBody(`path ${parameter.name}=${value.slice(0, 40)}`, urlOf(operation, { [parameter.name]: value })));
  }
  for (const parameter of operation.parameters.filter((p) => p.in === 'query')) {
    for (const value of BAD_QUERY) probes.push(withBody(`query ${parameter.name}=${value.slice(0, 40)}`, urlOf(operation, {}, `${parameter.name}=${value}`)));
    probes.push(withBody(`query ${parameter.name} repeated`, urlOf(operation, {}, `${parameter.name}=1&${parameter.name}=2`)));
    probes.push(withBody(`query ${parameter.name}[]`, urlOf(operation, {}, `${parameter.name}[]=1&${parameter.name}[a]=2`)));
  }
  probes.push(...badBodies(operation));
  const properties = resolve(operation.body ?? undefined).properties ?? {};
  for (const name of Object.keys(properties)) {
    for (const value of sample(BAD_PROPERTY)) {
      const body = { ...(plausible(operation.body ?? undefined) as object), [name]: value };
      probes.push({ label: `property ${name}=${JSON.stringify(value)?.slice(0, 40)}`, method, url: urlOf(operation), body: JSON.stringify(body), contentType: 'application/json' });
    }
  }
  return probes;
}

interface Outcome {
  readonly probe: Probe;
  readonly requestId: string;
  readonly status: number;
  readonly contentType: string;
  readonly code: unknown;
}

async function send(probe: Probe, token: string | null, requestId: string): Promise<Outcome> {
  const response = await fetch(`${app.baseUrl}${probe.url}`, {
    method: probe.method,
    headers: {
      'x-request-id': requestId,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(probe.contentType ? { 'content-type': probe.contentType } : {}),
    },
    body: typeof probe.body === 'string' || probe.body === undefined ? probe.body : new Uint8Array(probe.body),
  });
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  let code: unknown;
  try {
    code = contentType.includes('json') ? (JSON.parse(text) as { code?: unknown }).code : undefined;
  } catch {
    code = undefined;
  }
  return { probe, requestId, status: response.status, contentType, code };
}

/** Runs the probes a few at a time: enough to finish in time, few enough not to starve the app's pool. */
async function sendAll(probes: readonly Probe[], token: string | null, idPrefix: string): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < probes.length) {
      const index = next++;
      outcomes.push(await send(probes[index], token, `${idPrefix}-${index}`));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return outcomes;
}

async function eventsCausedBy(requestIds: readonly string[]): Promise<{ correlation: string; type: string }[]> {
  const db = new Client({ connectionString: app.databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ correlation: string; type: string }>(
      "SELECT metadata->>'correlationId' AS correlation, type FROM events WHERE metadata->>'correlationId' = ANY($1)",
      [requestIds],
    );
    return rows;
  } finally {
    await db.end();
  }
}

async function waitForProjections(): Promise<{ name: string; upToDate: boolean }[]> {
  let projections: { name: string; upToDate: boolean }[] = [];
  for (let i = 0; i < 80; i++) {
    projections = (await http.get('/api/health')).body.projections;
    if (projections.every((p) => p.upToDate)) break;
    await new Promise((ok) => setTimeout(ok, 250));
  }
  return projections;
}

describe('hostile input over every OpenAPI operation', () => {
  it('never answers 5xx, answers every 4xx as problem+json with a stable code, appends nothing when it refuses, and keeps the projections up to date', async () => {
    expect(operations.length).toBeGreaterThan(30);
    const failures: string[] = [];
    const refused: string[] = [];
    let sent = 0;
    for (const [roleIndex, role] of [...ROLES, 'anonymous'].entries()) {
      // One seeded sample per role: together the roles cover the pool of bad property values.
      const random = fc.sample(fc.nat(), { seed: SEED + roleIndex, numRuns: 1000 });
      let draw = 0;
      const sample = (pool: readonly unknown[]) => {
        const picked = new Set<number>();
        while (picked.size < Math.min(4, pool.length)) picked.add(random[draw++ % random.length] % pool.length);
        return [...picked].map((i) => pool[i]);
      };
      for (const [operationIndex, operation] of operations.entries()) {
        const token = tokens.get(role) ?? null;
        const prefix = `hostile-${role}-${operationIndex}`;
        // Guards run before the pipes: a caller refused with a plausible request (401/403) is refused
        // the same way whatever its parameters, so it gets only what is parsed before the guards.
        const first = await send(withPlainBody(operation, 'plausible request', urlOf(operation)), token, `${prefix}-plain`);
        const refusedByGuard = first.status === 401 || first.status === 403;
        const probes = refusedByGuard ? badBodies(operation) : probesFor(operation, sample);
        const outcomes = [first, ...(await sendAll(probes, token, prefix))];
        sent += outcomes.length;
        for (const outcome of outcomes) {
          const where = `${role} ${operation.method} ${operation.path} [${outcome.probe.label}] → ${outcome.status}`;
          if (outcome.status >= 500) failures.push(where);
          if (outcome.status >= 400 && outcome.status < 500) {
            refused.push(outcome.requestId);
            if (!outcome.contentType.includes('application/problem+json') || typeof outcome.code !== 'string' || !STABLE_CODE.test(outcome.code)) {
              failures.push(`${where} not problem+json with a stable code (${outcome.contentType}, code ${String(outcome.code)})`);
            }
          }
        }
      }
    }
    const appended = await eventsCausedBy(refused);
    const stale = (await waitForProjections()).filter((p) => !p.upToDate).map((p) => p.name);
    expect({ failures: [...new Set(failures)], appended, stale }).toEqual({ failures: [], appended: [], stale: [] });
    expect(sent).toBeGreaterThan(1000);
    expect(refused.length).toBeGreaterThan(sent / 2);
  }, 600_000);
});
