import { GOVERNED_FIELDS, INITIAL_POLICY } from '@maillage/governance/domain';
import { AppUnderTest, startAppUnderTest } from '@maillage/tools/testing';
import { Canary, FIELDS_WITHOUT_CANARY, MAY_SEE, SKILL_SCOPES } from './canary-sweep.canaries';
import { GetOperation, OpenApiDocument, getOperations } from './canary-sweep.openapi';
import { OBSERVER_LOGINS, ObserverLogin, Planted, plantCanaries, relationOf } from './canary-sweep.setup';
import { Observer, Sighting, SweepResult, sweep } from './canary-sweep.sweep';
import { Http } from './http';

/**
 * Issue 8, the canary sweep: unique strings in every governed field of two
 * agents, in one skill per sharing scope and in a birth name hidden behind a
 * usage name; then every GET operation of the OpenAPI document, read as every
 * person outside each canary's audience, must show none of them.
 */

/** GET operations the sweep does not call, with why. Empty: a new operation is swept by itself. */
const SKIPPED: Readonly<Record<string, string>> = {};

let app: AppUnderTest;
let planted: Planted;
let documented: GetOperation[];
let operations: GetOperation[];
let observers: Observer[];
let result: SweepResult;

beforeAll(async () => {
  app = await startAppUnderTest();
  const http = new Http(app.baseUrl);
  planted = await plantCanaries(http);
  const document = (await http.get('/api/docs-json')).body as OpenApiDocument;
  documented = getOperations(document);
  operations = documented.filter((o) => !(o.key in SKIPPED));

  const unitOf = (ownerId: string) => (ownerId === planted.t.id || ownerId === planted.n.id ? planted.t.unitId : null);
  const observer = (name: ObserverLogin | 'anonymous', client: Http): Observer => ({
    name,
    http: client,
    relationTo: (ownerId) => relationOf(name === 'anonymous' ? null : planted.people[name], ownerId, unitOf(ownerId), planted.managersOf[ownerId] ?? []),
    ownProposalIds: new Set(name === 'anonymous' ? [] : [planted.proposals[name]].filter((id): id is string => !!id)),
  });
  observers = [observer('anonymous', http), ...OBSERVER_LOGINS.map((name) => observer(name, planted.clients[name]))];

  const { t, n, people, skills } = planted;
  const started = Date.now();
  result = await sweep({
    operations,
    observers,
    canaries: planted.canaries,
    seeds: [
      t.id, n.id, ...Object.values(people).map((p) => p.id), ...(planted.managersOf[t.id] ?? []), t.unitId, t.directionId,
      planted.importId, ...Object.values(planted.proposals), ...SKILL_SCOPES.map((s) => skills[s].skillId),
    ],
    probes: {
      texts: [...planted.canaries.filter((c) => c.kind === 'birthName' || c.kind.startsWith('skill:')).map((c) => c.value), n.usualName, t.displayName],
      ids: [t.id, n.id, t.unitId, t.directionId],
      dates: [new Date().toISOString().slice(0, 10)],
    },
  });
  report(result, Date.now() - started);
}, 600_000);
afterAll(() => app?.stop());

function report({ calls, sightings }: SweepResult, ms: number): void {
  const leaks = sightings.filter((s) => !s.allowed);
  const perOperation = operations.map((operation) => {
    const mine = calls.filter((c) => c.operation === operation.key);
    const statuses = [...new Set(mine.map((c) => c.status))].sort().join('/');
    return `  ${operation.key}: ${mine.length} calls (${statuses})`;
  });
  const lines = [
    `canary sweep: ${operations.length} GET operations × ${observers.length} observers (${observers.map((o) => o.name).join(', ')}), ` +
      `${calls.length} bodies scanned for ${planted.canaries.length} canaries in ${Math.round(ms / 1000)} s; ` +
      `${sightings.length - leaks.length} allowed sightings, ${leaks.length} leaks${Object.keys(SKIPPED).length ? `; skipped: ${Object.keys(SKIPPED).join(', ')}` : ''}`,
    ...perOperation,
    ...describeLeaks(leaks),
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

/** One line per canary × operation × observer, with one URL as an example. */
function describeLeaks(leaks: readonly Sighting[]): string[] {
  const grouped = new Map<string, Sighting[]>();
  for (const leak of leaks) {
    const key = `${leak.canary.name} → ${leak.operation} as ${leak.observer}`;
    grouped.set(key, [...(grouped.get(key) ?? []), leak]);
  }
  return [...grouped].map(([key, list]) => `  LEAK ${key} (${list.length}×, e.g. ${list[0].status} ${list[0].url})`);
}

const seen = (canary: string, observer: string, operation: string) =>
  result.sightings.some((s) => s.canary.name === canary && s.observer === observer && s.operation === operation);

describe('canary sweep over every GET operation (issue 8)', () => {
  it('plants a canary in every governed field that can hold one, and HR or the owner reads each of them back', async () => {
    const kinds = new Set(planted.canaries.map((c) => c.kind));
    for (const field of GOVERNED_FIELDS) expect(kinds.has(field) || field in FIELDS_WITHOUT_CANARY).toBe(true);
    const canaryless = Object.keys(FIELDS_WITHOUT_CANARY);
    for (const kind of Object.keys(MAY_SEE).filter((k) => !canaryless.includes(k))) expect(kinds.has(kind as Canary['kind'])).toBe(true);

    // The table derives from the committee's initial policy: the running app must enforce exactly that one.
    const policy = (await planted.hr.get('/api/governance/policy')).body.rules as { field: string; audiences: string[] }[];
    expect(Object.fromEntries(policy.map((r) => [r.field, r.audiences]))).toEqual(INITIAL_POLICY);

    const byName = (name: string) => planted.canaries.find((c) => c.name === name)!.value;
    const tByHr = (await planted.hr.get(`/api/agents/${planted.t.id}`)).body;
    expect(tByHr.sensitive).toMatchObject({ matricule: byName('T.matricule'), grade: byName('T.grade'), hrCode: byName('T.hrCode'), dgaCode: byName('T.dgaCode') });
    const tBySelf = (await planted.clients.agent.get(`/api/agents/${planted.t.id}`)).body;
    expect(tBySelf.sensitive).toMatchObject({ diplomas: byName('T.diplomas'), experience: byName('T.experience'), filiere: byName('T.filiere'), cadreEmplois: byName('T.cadreEmplois') });
    const nByHr = (await planted.hr.get(`/api/agents/${planted.n.id}`)).body;
    expect(nByHr).toMatchObject({ birthName: byName('N.birthName'), lastName: planted.n.usualName, usualName: planted.n.usualName, managerId: planted.people.manager.id, unitId: planted.t.unitId });
    expect(nByHr.sensitive).toMatchObject({ matricule: byName('N.matricule'), grade: byName('N.grade'), hrCode: byName('N.hrCode') });
    const mine = (await planted.clients.agent.get('/api/me/skills')).body as { skillId: string; scope: string }[];
    for (const scope of SKILL_SCOPES) expect(mine).toContainEqual(expect.objectContaining({ skillId: planted.skills[scope].skillId, scope }));
    // The manager's proposal did staff T with the staffing and hierarchy skills, so the proposal holds the associations.
    const proposal = (await planted.clients.manager.get(`/api/team-builder/proposals/${planted.proposals.manager}`)).body;
    const tMember = proposal.proposals[0].members.find((m: { agentId: string }) => m.agentId === planted.t.id);
    expect(tMember.covers.map((c: { skillId: string }) => c.skillId).sort()).toEqual([planted.skills.hierarchy.skillId, planted.skills.staffing.skillId].sort());
    // The import job holds T's and N's values (HR reads it).
    const job = await planted.hr.get(`/api/imports/${planted.importId}`);
    expect(job.text).toContain(byName('T.grade'));
    expect(job.text).toContain(byName('N.matricule'));
  });

  it('calls every GET operation of the OpenAPI document as every observer', () => {
    expect(operations.length).toBeGreaterThan(20);
    for (const operation of operations) {
      for (const observer of observers) {
        expect({ operation: operation.key, observer: observer.name, called: result.calls.some((c) => c.operation === operation.key && c.observer === observer.name) }).toMatchObject({
          called: true,
        });
      }
    }
    // A skip names an operation that exists: a stale entry would hide nothing but mislead.
    for (const key of Object.keys(SKIPPED)) expect(documented.map((o) => o.key)).toContain(key);
  });

  it('fills every path parameter with an identifier some observer could read (ids discovered from earlier answers)', () => {
    for (const operation of operations.filter((o) => o.pathParams.length > 0)) {
      const answered = result.calls.filter((c) => c.operation === operation.key && c.status >= 200 && c.status < 300);
      expect({ operation: operation.key, answered: answered.length > 0 }).toEqual({ operation: operation.key, answered: true });
    }
  });

  it('self-check: the scanner sees canaries where their audience reads them, so a clean sweep is not vacuous', () => {
    for (const observer of OBSERVER_LOGINS) {
      expect(seen('T.postTitle(public)', observer, 'GET /api/agents/{id}')).toBe(true);
      expect(seen('T.postTitle(public)', observer, 'GET /api/agents')).toBe(true);
      // A skill shared with everyone, on T's skills and in the skill search: the association is detected.
      expect(seen('T.skill:everyone', observer, 'GET /api/agents/{agentId}/skills')).toBe(true);
      expect(seen('T.skill:everyone', observer, 'GET /api/skill-search')).toBe(true);
    }
    // The manager is in T's and N's hierarchy: grade shows on the fiche, the hierarchy skill on T's skills.
    expect(seen('T.grade', 'manager', 'GET /api/agents/{id}')).toBe(true);
    expect(seen('N.grade', 'manager', 'GET /api/agents/{id}')).toBe(true);
    expect(seen('T.skill:hierarchy', 'manager', 'GET /api/agents/{agentId}/skills')).toBe(true);
    // The author of a proposal sees the staffing-only skill in it; T sees everything of their own.
    expect(seen('T.skill:staffing', 'manager', 'GET /api/team-builder/proposals/{id}')).toBe(true);
    expect(seen('T.matricule', 'agent', 'GET /api/agents/{id}')).toBe(true);
    expect(seen('T.skill:hidden', 'agent', 'GET /api/agents/{agentId}/skills')).toBe(true);
  });

  it('shows no canary to anyone outside its audience, in any answer of any GET operation', () => {
    const leaks = result.sightings.filter((s) => !s.allowed);
    expect(describeLeaks(leaks)).toEqual([]);
  });

  it('never returns nor counts T in a skill search for a skill scope the observer may not see', async () => {
    const actual: unknown[] = [];
    const expected: unknown[] = [];
    for (const login of OBSERVER_LOGINS) {
      const relation = relationOf(planted.people[login], planted.t.id, planted.t.unitId, planted.managersOf[planted.t.id]);
      for (const scope of SKILL_SCOPES) {
        const search = await planted.clients[login].get(`/api/skill-search?q=${encodeURIComponent(planted.skills[scope].label)}&pageSize=100`);
        const found = search.body.items.some((m: { agentId: string }) => m.agentId === planted.t.id);
        const allowed = MAY_SEE[`skill:${scope}`]({ relation, ownProposal: false });
        actual.push({ login, scope, found, total: search.body.total });
        expected.push({ login, scope, found: allowed, total: planted.before.skillSearch[login][scope] + (allowed ? 1 : 0) });
      }
    }
    expect(actual).toEqual(expected);
  });

  it('never finds N by their birth name, nor counts them, for anyone outside the birth name’s audience', async () => {
    const birthName = planted.canaries.find((c) => c.kind === 'birthName')!;
    const actual: unknown[] = [];
    const expected: unknown[] = [];
    for (const login of OBSERVER_LOGINS) {
      const relation = relationOf(planted.people[login], planted.n.id, planted.t.unitId, planted.managersOf[planted.n.id]);
      if (MAY_SEE.birthName({ relation, ownProposal: false })) continue;
      const search = await planted.clients[login].get(`/api/agents?q=${encodeURIComponent(birthName.value)}&pageSize=100`);
      actual.push({ login, found: search.body.items.some((a: { id: string }) => a.id === planted.n.id), total: search.body.total });
      expected.push({ login, found: false, total: planted.before.birthNameSearch[login] });
    }
    expect(expected.length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  });
});
