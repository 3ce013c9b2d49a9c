import { AppUnderTest, startAppUnderTest } from '@maillage/tools/testing';
import { Http, login } from './http';

/** Declared by the manager and shared with everyone: nobody else in the demo seed holds it. */
const SKILL = 'sig';

let app: AppUnderTest;
let http: Http;
let hr: Http;
let asAgent: Http;
let asComite: Http;
let agentId: string;
let managerId: string;
let manager: { postTitle: string; unitName: string; directionName: string | null; unitId: string; directionId: string };

interface Person {
  readonly agentId: string;
  readonly displayName: string;
  readonly postTitle: string | null;
  readonly unitName?: string | null;
  readonly directionName: string | null;
  readonly explanation?: string;
  readonly skills?: readonly { readonly skillId: string }[];
}

/** A day relative to today in Europe/Paris, the zone decisions are dated in (yyyy-mm-dd). */
const parisDay = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + offsetDays * 86_400_000));
const decisionOf = (rules: { field: string; audiences: string[] }[]) => ({
  decidedOn: parisDay(),
  title: `Poste et unité : ${rules.map((r) => r.audiences.join(', ')).join(' ; ')}`,
  participants: ['Présidente du comité de pilotage', 'Représentante du personnel', 'DRH'],
  rationale: 'Décision débattue en séance du comité de pilotage.',
  rules,
});
const restrictPostAndUnit = (audiences: string[]) => decisionOf([{ field: 'unit', audiences }, { field: 'postTitle', audiences }]);

const managerFound = async (viewer: Http, headers?: Record<string, string>): Promise<Person> => {
  const response = await viewer.get(`/api/skill-search?q=SIG&pageSize=100`, headers);
  expect(response.status).toBe(200);
  return response.body.items.find((m: Person) => m.agentId === managerId);
};
const teamRequest = {
  title: 'Cartographie des réseaux',
  requirements: [{ skillId: SKILL, minLevel: 'pratique', count: 1 }],
  maxSize: 2,
  requiredDirectionIds: [],
  fixedMemberIds: [],
  excludedIds: [],
};
const managerIn = (set: { proposals: { members: Person[] }[] }): Person[] =>
  set.proposals.flatMap((team) => team.members.filter((m) => m.agentId === managerId));

beforeAll(async () => {
  app = await startAppUnderTest();
  http = new Http(app.baseUrl);
  hr = http.as((await login(http, 'rh')).token);
  const agent = await login(http, 'agent');
  asAgent = http.as(agent.token);
  agentId = agent.account.agentId;
  const asManagerLogin = await login(http, 'manager');
  managerId = asManagerLogin.account.agentId;
  asComite = http.as((await login(http, 'comite')).token);
  manager = (await hr.get(`/api/agents/${managerId}`)).body;
  const declared = await http.as(asManagerLogin.token).post('/api/me/skills', { skillId: SKILL, level: 'maitrise', scope: 'everyone' });
  expect(declared.status).toBe(201);
}, 120_000);
afterAll(() => app?.stop());

describe('competences answers follow the committee’s policy on post and unit', () => {
  it('shows post and unit to everyone by default, in skill search and team proposals', async () => {
    // The agent works in the manager's unit; the committee member does not.
    expect((await hr.get(`/api/agents/${agentId}`)).body.unitId).toBe(manager.unitId);
    expect((await hr.get(`/api/agents/${(await login(http, 'comite')).account.agentId}`)).body.unitId).not.toBe(manager.unitId);
    expect(await managerFound(asComite)).toMatchObject({ postTitle: manager.postTitle, unitName: manager.unitName });
    const proposed = await asComite.post('/api/team-builder/proposals', teamRequest);
    expect(proposed.status).toBe(201);
    expect(managerIn(proposed.body)[0]).toMatchObject({ postTitle: manager.postTitle, directionName: manager.directionName });
  });

  describe('once the committee restricts post and unit to the same unit', () => {
    let savedByComite: string;

    beforeAll(async () => {
      expect((await asComite.post('/api/governance/decisions', restrictPostAndUnit(['same_unit']))).status).toBe(201);
    });
    afterAll(async () => {
      expect((await asComite.post('/api/governance/decisions', restrictPostAndUnit(['everyone']))).status).toBe(201);
    });

    it('skill search: a viewer outside the unit finds the person by skill, without post or unit; one inside still sees them', async () => {
      const outside = await managerFound(asComite);
      expect(outside).toMatchObject({ postTitle: null, unitName: null, directionName: null });
      expect(outside.displayName).not.toBe('Nom non communiqué');
      expect(outside.skills?.map((s) => s.skillId)).toContain(SKILL);
      expect(await managerFound(asAgent)).toMatchObject({ postTitle: manager.postTitle, unitName: manager.unitName });
    });

    it('skill search: filtering by the direction finds nobody for whom units are hidden (a filter on a hidden value would tell)', async () => {
      const byDirection = (viewer: Http) => viewer.get(`/api/skill-search?q=SIG&pageSize=100&directionId=${manager.directionId}`);
      expect((await byDirection(asComite)).body).toMatchObject({ items: [], total: 0 });
      // Units are shown to nobody beyond the unit, so the filter is blind for everyone (fail closed, as in the directory).
      expect((await byDirection(asAgent)).body.total).toBe(0);
    });

    it('the fiche’s skills section carries skills only: no post or unit to leak', async () => {
      const skills = await asComite.get(`/api/agents/${managerId}/skills`);
      expect(skills.status).toBe(200);
      expect(skills.body.map((s: { skillId: string }) => s.skillId)).toContain(SKILL);
      expect(skills.text).not.toContain(manager.postTitle);
      expect(skills.text).not.toContain(manager.unitName);
    });

    it('team builder: a new proposal and its saved copy show no post, direction or direction clause to a reader outside the unit', async () => {
      const proposed = await asComite.post('/api/team-builder/proposals', teamRequest);
      expect(proposed.status).toBe(201);
      savedByComite = proposed.body.id;
      const saved = await asComite.get(`/api/team-builder/proposals/${savedByComite}`);
      expect(saved.status).toBe(200);
      for (const set of [proposed.body, saved.body]) {
        const members = managerIn(set);
        expect(members.length).toBeGreaterThan(0);
        for (const member of members) {
          expect(member).toMatchObject({ postTitle: null, directionName: null });
          expect(member.explanation).toMatch(/^Apporte SIG \(niveau déclaré : maîtrise\)/);
          if (manager.directionName) expect(member.explanation).not.toContain(manager.directionName);
        }
        const directions = set.proposals.flatMap((team: { directions: { id: string }[] }) => team.directions.map((d) => d.id));
        expect(directions).not.toContain(manager.directionId);
      }
    });

    it('team builder: a reader in the unit still sees post and direction; HR reading the committee’s saved set does not', async () => {
      const proposed = await asAgent.post('/api/team-builder/proposals', teamRequest);
      expect(proposed.status).toBe(201);
      expect(managerIn(proposed.body)[0]).toMatchObject({ postTitle: manager.postTitle, directionName: manager.directionName });
      // What was saved keeps the facts: a reader the policy later allows would see them.
      const asHr = await hr.get(`/api/team-builder/proposals/${savedByComite}`);
      expect(asHr.status).toBe(200);
      expect(managerIn(asHr.body)[0]).toMatchObject({ postTitle: null, directionName: null });
    });

    it('audits the reads of the restricted post and unit', async () => {
      await managerFound(asAgent, { 'x-request-id': 'e2e-competences-restricted-unit' });
      const audit = await hr.get(`/api/governance/audit?subjectAgentId=${managerId}&field=unit`);
      expect(audit.status).toBe(200);
      const entry = audit.body.find((v: { requestId: string }) => v.requestId === 'e2e-competences-restricted-unit');
      expect(entry).toBeDefined();
      expect(entry.fields).toEqual(expect.arrayContaining(['postTitle', 'unit']));
    });
  });
});
