import { AppUnderTest, startAppUnderTest } from '@maillage/tools/testing';
import { Http, login } from './http';

const SKILL = 'langue-des-signes-francaise';

let app: AppUnderTest;
let http: Http;
let asAgent: Http;
let asManager: Http;
let asHr: Http;
let asAdmin: Http;
let agentId: string;
let label: string;
let proposalId: string;

interface Member {
  readonly agentId: string;
  readonly covers: readonly { readonly skillId: string; readonly level: string }[];
  readonly explanation: string;
}

/** The demo agent as listed in each alternative of the saved set, read by `reader`. */
async function agentAsReadBy(reader: Http): Promise<Member[]> {
  const response = await reader.get(`/api/team-builder/proposals/${proposalId}`);
  expect(response.status).toBe(200);
  return response.body.proposals.map((team: { members: Member[] }) => team.members.find((m) => m.agentId === agentId));
}

const shareSkill = async (scope: string) => expect((await asAgent.patch(`/api/me/skills/${SKILL}`, { scope })).body).toMatchObject({ consistent: true });

beforeAll(async () => {
  app = await startAppUnderTest();
  http = new Http(app.baseUrl);
  const agent = await login(http, 'agent');
  asAgent = http.as(agent.token);
  agentId = agent.account.agentId;
  asManager = http.as((await login(http, 'manager')).token);
  asHr = http.as((await login(http, 'rh')).token);
  asAdmin = http.as((await login(http, 'admin')).token);
  label = (await asAgent.get('/api/skills')).body.find((s: { skillId: string }) => s.skillId === SKILL).label;

  // The agent shares a skill for staffing; their manager saves a team built on it, with the agent in it.
  expect((await asAgent.post('/api/me/skills', { skillId: SKILL, level: 'pratique', scope: 'staffing' })).status).toBe(201);
  const saved = await asManager.post('/api/team-builder/proposals', {
    title: 'Accueil des publics sourds',
    requirements: [{ skillId: SKILL, minLevel: 'notions', count: 1 }],
    maxSize: 3,
    requiredDirectionIds: [],
    fixedMemberIds: [agentId],
    excludedIds: [],
  });
  expect(saved.status).toBe(201);
  proposalId = saved.body.id;
}, 120_000);
afterAll(() => app?.stop());

describe('saved team proposals', () => {
  it('are read by their author with the skills the members share', async () => {
    for (const member of await agentAsReadBy(asManager)) {
      expect(member.covers).toEqual([{ skillId: SKILL, label, level: 'pratique' }]);
      expect(member.explanation).toContain(label);
    }
  });

  it('are not found for anyone else with the link, exactly as an id that does not exist', async () => {
    const unknown = await asAgent.get('/api/team-builder/proposals/6f1c1b7e-9a51-4c1e-8d7a-000000000000');
    expect(unknown.status).toBe(404);
    for (const other of [asAgent, asAdmin]) {
      const refused = await other.get(`/api/team-builder/proposals/${proposalId}`);
      expect(refused.status).toBe(404);
      expect(refused.body).toMatchObject({ code: 'COMPETENCES.PROPOSAL_NOT_FOUND', detail: unknown.body.detail, title: unknown.body.title });
      expect(refused.text).not.toContain(agentId);
    }
  });

  it('are read by HR, through HR’s own view of each skill', async () => {
    for (const member of await agentAsReadBy(asHr)) expect(member.covers.map((c) => c.skillId)).toEqual([SKILL]);
    // Shared with the hierarchy only: the author (the agent's manager) still sees it, HR no longer does.
    await shareSkill('hierarchy');
    for (const member of await agentAsReadBy(asManager)) expect(member.covers.map((c) => c.skillId)).toEqual([SKILL]);
    for (const member of await agentAsReadBy(asHr)) {
      expect(member.covers).toEqual([]);
      expect(member.explanation).not.toContain(label);
    }
  });

  it('lose a skill its owner hides after the save, even for their author; the member stays listed without it', async () => {
    await shareSkill('hidden');
    const members = await agentAsReadBy(asManager);
    expect(members.length).toBeGreaterThan(0);
    for (const member of members) {
      expect(member).toBeDefined();
      expect(member.covers).toEqual([]);
      expect(member.explanation).not.toContain(label);
      expect(member.explanation).not.toMatch(/pratique/);
    }
  });
});
