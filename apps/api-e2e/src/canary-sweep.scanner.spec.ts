import { skillCanary, valueCanary } from './canary-sweep.canaries';
import { candidates, getOperations, nextPage, queryVariants, urlOf } from './canary-sweep.openapi';
import { canariesIn, idsIn } from './canary-sweep.scanner';

const grade = valueCanary('T.grade', 'grade', 'owner-1', 'CNRY-grade-T-0a1b2c3d');
const hidden = skillCanary('T.skill:hidden', 'hidden', 'owner-1', 'Cnry hidden 0a1b2c3d', 'cnry-hidden-0a1b2c3d', ['owner-1', 'Gaëlle Robin']);

describe('canary scanner', () => {
  it('finds a value canary in JSON and in CSV, whatever its case', () => {
    expect(canariesIn('{"grade":"CNRY-grade-T-0a1b2c3d"}', '/api/x', 200, [grade])).toEqual([grade]);
    expect(canariesIn('nom;grade\r\nRobin;cnry-GRADE-t-0A1B2C3D\r\n', '/api/x?format=csv', 200, [grade])).toEqual([grade]);
    expect(canariesIn('{"grade":"Rédacteur"}', '/api/x', 200, [grade])).toEqual([]);
  });

  it('counts a public skill label only next to its owner, named in the body or in the URL', () => {
    expect(canariesIn('[{"skillId":"cnry-hidden-0a1b2c3d","label":"Cnry hidden 0a1b2c3d"}]', '/api/skills', 200, [hidden])).toEqual([]);
    expect(canariesIn('[{"skillId":"cnry-hidden-0a1b2c3d"}]', '/api/agents/owner-1/skills', 200, [hidden])).toEqual([hidden]);
    expect(canariesIn('{"items":[{"displayName":"GAËLLE ROBIN","skills":[{"label":"Cnry hidden 0a1b2c3d"}]}]}', '/api/skill-search?q=x', 200, [hidden])).toEqual([hidden]);
  });

  it('does not count a refused request that echoes what the caller sent', () => {
    expect(canariesIn('{"detail":"q CNRY-grade-T-0a1b2c3d invalide"}', '/api/x?q=CNRY-grade-T-0a1b2c3d', 400, [grade])).toEqual([]);
    expect(canariesIn('{"grade":"CNRY-grade-T-0a1b2c3d"}', '/api/x?q=CNRY-grade-T-0a1b2c3d', 200, [grade])).toEqual([grade]);
  });

  it('collects uuids anywhere and slugs under id keys', () => {
    const found: [string, string][] = [];
    idsIn({ items: [{ id: '6f1c1b7e-9a51-4c1e-8d7a-000000000000', skillId: 'sig', label: 'not an id' }], other: ['6f1c1b7e-9a51-4c1e-8d7a-000000000001'] }, (k, v) => found.push([k, v]));
    expect(found).toEqual([
      ['id', '6f1c1b7e-9a51-4c1e-8d7a-000000000000'],
      ['skillId', 'sig'],
      ['other', '6f1c1b7e-9a51-4c1e-8d7a-000000000001'],
    ]);
  });
});

describe('OpenAPI request planning', () => {
  const document = {
    paths: {
      '/api/things/{id}': { get: { parameters: [{ name: 'id', in: 'path' as const, required: true }] }, patch: {} },
      '/api/search': {
        get: {
          parameters: [
            { name: 'q', in: 'query' as const, required: true, schema: { type: 'string', maxLength: 100 } },
            { name: 'pageSize', in: 'query' as const, schema: { minimum: 1, maximum: 100 } },
            { name: 'format', in: 'query' as const, schema: { type: 'string', enum: ['json', 'csv'] } },
            { name: 'unitId', in: 'query' as const, schema: { type: 'string' } },
            { name: 'at', in: 'query' as const, schema: { type: 'string' } },
          ],
        },
      },
    },
  };
  const probes = { texts: ['canary-a', 'canary-b'], ids: ['u-1'], dates: ['2026-12-01'] };

  it('lists every GET operation with its path parameters', () => {
    expect(getOperations(document).map((o) => [o.key, o.pathParams])).toEqual([
      ['GET /api/things/{id}', ['id']],
      ['GET /api/search', []],
    ]);
  });

  it('fills required parameters, maximises page sizes and tries every enum value and probe', () => {
    const search = getOperations(document)[1];
    const variants = queryVariants(search, probes).map((q) => urlOf(search.path, {}, q));
    expect(variants).toEqual([
      '/api/search?q=canary-a&pageSize=100',
      '/api/search?q=canary-b&pageSize=100',
      '/api/search?q=canary-a&pageSize=100&format=json',
      '/api/search?q=canary-a&pageSize=100&format=csv',
      '/api/search?q=canary-a&pageSize=100&unitId=u-1',
      '/api/search?q=canary-a&pageSize=100&at=2026-12-01',
    ]);
    expect(candidates({ name: 'page', in: 'query' }, probes)).toEqual(['1']);
  });

  it('follows pages until the total is reached', () => {
    expect(nextPage({ total: 150, page: 1, pageSize: 100 }, { pageSize: '100' })).toEqual({ pageSize: '100', page: '2' });
    expect(nextPage({ total: 150, page: 2, pageSize: 100 }, { pageSize: '100', page: '2' })).toBeNull();
    expect(nextPage([1, 2], {})).toBeNull();
  });
});
