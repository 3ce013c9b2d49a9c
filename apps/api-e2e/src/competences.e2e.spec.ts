import { Client } from 'pg';
import { stripAccents } from '@maillage/shared/contracts';
import type { AppUnderTest } from '@maillage/tools/testing';
import { startAppWithLog, stopAppWithLog } from './app-with-log';
import { Http, login } from './http';

let app: AppUnderTest;
let http: Http;
let asAgent: Http;
let asAdmin: Http;
let agentId: string;
let db: Client;

beforeAll(async () => {
  ({ app, http, db } = await startAppWithLog());
  const agent = await login(http, 'agent');
  asAgent = http.as(agent.token);
  agentId = agent.account.agentId;
  asAdmin = http.as((await login(http, 'admin')).token);
}, 120_000);
afterAll(() => stopAppWithLog({ app, db }));

describe('skills over HTTP', () => {
  it('offers a referential of at least 150 skills, found by synonym', async () => {
    expect((await asAgent.get('/api/skills')).body.length).toBeGreaterThanOrEqual(150);
    const sig = await asAgent.get(`/api/skills?q=${encodeURIComponent('systeme d’information geographique')}`);
    expect(sig.body[0].skillId).toBe('sig');
  });

  it('"SIG" finds the agents with the SIG skill (géomatique), not the sign-language ones ("sig" inside "signes")', async () => {
    // The demo seed has sign-language experts shared with HR and nobody with the SIG: the
    // manager declares it, so both kinds are there to tell apart.
    const manager = await login(http, 'manager');
    expect((await http.as(manager.token).post('/api/me/skills', { skillId: 'sig', level: 'maitrise', scope: 'everyone' })).status).toBe(201);
    const asHr = http.as((await login(http, 'rh')).token);
    const signLanguage = await asHr.get(`/api/skill-search?q=${encodeURIComponent('langue des signes')}&pageSize=100`);
    expect(signLanguage.body.total).toBeGreaterThan(0);

    const sig = await asHr.get('/api/skill-search?q=SIG&pageSize=100');
    expect(sig.status).toBe(200);
    expect(sig.body.items.map((m: { agentId: string }) => m.agentId)).toEqual([manager.account.agentId]);
    const skillsFound = new Set(sig.body.items.flatMap((m: { skills: { skillId: string }[] }) => m.skills.map((s) => s.skillId)));
    expect([...skillsFound]).toEqual(['sig']);
    expect(sig.body.items[0].band).toBe(1);
    // Its synonym still finds the same skill.
    const bySynonym = await asHr.get(`/api/skill-search?q=${encodeURIComponent('système d’information géographique')}&pageSize=100`);
    expect(bySynonym.body.items.map((m: { agentId: string }) => m.agentId)).toEqual([manager.account.agentId]);
  });

  it('keeps a declared skill hidden by default, then shows it as the agent chooses', async () => {
    expect((await asAgent.post('/api/me/skills', { skillId: 'langue-des-signes-francaise', level: 'pratique' })).status).toBe(201);
    const mine = await asAgent.get('/api/me/skills');
    expect(mine.body.find((s: { skillId: string }) => s.skillId === 'langue-des-signes-francaise')).toMatchObject({ scope: 'hidden', level: 'pratique' });
    const asHr = http.as((await login(http, 'rh')).token);
    const before = await asHr.get(`/api/skill-search?q=${encodeURIComponent('langue des signes')}&pageSize=100`);
    expect(before.body.items.map((m: { agentId: string }) => m.agentId)).not.toContain(agentId);
    await asAgent.patch('/api/me/skills/langue-des-signes-francaise', { scope: 'everyone' });
    const after = await asHr.get(`/api/skill-search?q=${encodeURIComponent('langue des signes')}&pageSize=100`);
    expect(after.body.items.map((m: { agentId: string }) => m.agentId)).toContain(agentId);
    expect(after.body.total).toBe(before.body.total + 1);
  });

  it('never shows a hidden skill to anyone but its owner, in results or counts', async () => {
    const { rows } = await db.query(`SELECT agent_id, skill_id FROM competences_agent_skills WHERE scope = 'hidden' LIMIT 20`);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const search = await asAdmin.get(`/api/skill-search?q=${encodeURIComponent(row.skill_id.replace(/-/g, ' '))}&pageSize=100`);
      const match = search.body.items.find((m: { agentId: string }) => m.agentId === row.agent_id);
      expect(match?.skills.map((s: { skillId: string }) => s.skillId) ?? []).not.toContain(row.skill_id);
    }
  });

  it('lets only admins merge duplicate skills, and carries every declaration over', async () => {
    expect((await asAgent.post('/api/skills', { label: 'Cartographie numérique', domain: 'Numérique et SI' })).status).toBe(403);
    expect((await asAdmin.post('/api/skills', { label: 'Cartographie numérique', domain: 'Numérique et SI' })).status).toBe(201);
    expect((await asAgent.post('/api/me/skills', { skillId: 'cartographie-numerique', level: 'notions', scope: 'everyone' })).status).toBe(201);
    expect((await asAdmin.post('/api/skills/cartographie-numerique/merge', { intoSkillId: 'sig' }, { 'if-match': '"0"' })).status).toBe(201);
    // The agent now holds SIG through the merge: a second declaration would show SIG twice, and hiding one would leave the other shared.
    const again = await asAgent.post('/api/me/skills', { skillId: 'sig', level: 'pratique', scope: 'hidden' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('COMPETENCES.ALREADY_DECLARED');
    const sig = await asAdmin.get('/api/skill-search?q=sig&pageSize=100');
    expect(sig.body.items.map((m: { agentId: string }) => m.agentId)).toContain(agentId);
    const history = await db.query(`SELECT type FROM events WHERE stream_id = 'skill-cartographie-numerique' ORDER BY stream_version`);
    expect(history.rows.map((r: { type: string }) => r.type)).toEqual(['SkillDefined', 'SkillsMerged']);
  });

  it('shows a rename and a merge in the history of both skills, with who did it', async () => {
    expect((await asAdmin.post('/api/skills', { label: 'Gestion de parc auto', domain: 'Logistique et moyens', synonyms: ['flotte'] })).status).toBe(201);
    expect((await asAdmin.post('/api/skills', { label: 'Gestion de flotte', domain: 'Logistique et moyens' })).status).toBe(201);
    expect((await asAdmin.patch('/api/skills/gestion-de-parc-auto', { label: 'Gestion du parc automobile' }, { 'if-match': '"0"' })).status).toBe(200);
    expect((await asAdmin.post('/api/skills/gestion-de-parc-auto/merge', { intoSkillId: 'gestion-de-flotte' }, { 'if-match': '"1"' })).status).toBe(201);

    const merged = await asAdmin.get('/api/skills/gestion-de-parc-auto/history');
    expect(merged.status).toBe(200);
    expect(merged.body.map((e: { type: string }) => e.type)).toEqual(['SkillDefined', 'SkillRenamed', 'SkillsMerged']);
    expect(merged.body[1]).toMatchObject({ data: { from: 'Gestion de parc auto', to: 'Gestion du parc automobile' } });
    expect(merged.body[1].actor).not.toBe('système');
    expect(merged.body[2].data).toMatchObject({ skillId: 'gestion-de-parc-auto', intoSkillId: 'gestion-de-flotte', intoLabel: 'Gestion de flotte' });
    const survivor = await asAdmin.get('/api/skills/gestion-de-flotte/history');
    expect(survivor.body.map((e: { type: string }) => e.type)).toEqual(['SkillDefined', 'SkillsMerged']);
    expect(survivor.body[1].data).toMatchObject({ skillId: 'gestion-de-parc-auto', skillLabel: 'Gestion du parc automobile' });

    // The referential leaves merged skills out, unless the admin page asks for them.
    const active = await asAdmin.get(`/api/skills?q=${encodeURIComponent('parc automobile')}`);
    expect(active.body.map((s: { skillId: string }) => s.skillId)).not.toContain('gestion-de-parc-auto');
    const all = await asAdmin.get('/api/skills?includeMerged=true');
    expect(all.body.find((s: { skillId: string }) => s.skillId === 'gestion-de-parc-auto')).toMatchObject({ mergedInto: 'gestion-de-flotte', version: 2 });
  });

  it('answers 404 problem+json for the history of an unknown skill, and 403 to a non-admin', async () => {
    const unknown = await asAdmin.get('/api/skills/competence-inconnue/history');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    expect(unknown.body.code).toBe('COMPETENCES.SKILL_NOT_FOUND');
    // Renaming one: "not found" too, whatever version the edit names.
    const rename = await asAdmin.patch('/api/skills/competence-inconnue', { label: 'Autre' }, { 'if-match': '"2"' });
    expect(rename.status).toBe(404);
    expect(rename.body.code).toBe('COMPETENCES.SKILL_NOT_FOUND');
    expect((await asAgent.get('/api/skills/sig/history')).status).toBe(403);
    expect((await asAgent.patch('/api/skills/sig', { label: 'SIG' }, { 'if-match': '"0"' })).status).toBe(403);
  });

  it('requires If-Match to edit a skill (428) and refuses a stale version (409)', async () => {
    expect((await asAdmin.post('/api/skills', { label: 'Archivage des délibérations', domain: 'Bureautique et outils' })).status).toBe(201);
    const missing = await asAdmin.patch('/api/skills/archivage-des-deliberations', { label: 'Archives des délibérations' });
    expect(missing.status).toBe(428);
    expect(missing.body.code).toBe('REQUEST.PRECONDITION_REQUIRED');
    expect((await asAdmin.post('/api/skills/archivage-des-deliberations/synonyms', { synonym: 'GED' })).status).toBe(428);
    expect((await asAdmin.post('/api/skills/archivage-des-deliberations/merge', { intoSkillId: 'sig' })).status).toBe(428);
    expect((await asAdmin.post('/api/skills/archivage-des-deliberations/synonyms', { synonym: 'GED' }, { 'if-match': '"0"' })).status).toBe(201);
    const stale = await asAdmin.patch('/api/skills/archivage-des-deliberations', { label: 'Archives des délibérations' }, { 'if-match': '"0"' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('EVENT_STORE.WRONG_EXPECTED_VERSION');
    const current = (await asAdmin.get('/api/skills?includeMerged=true')).body.find((s: { skillId: string }) => s.skillId === 'archivage-des-deliberations');
    expect(current).toMatchObject({ version: 1, synonyms: ['GED'] });
  });

  it('tolerates accents and a typo in the skill searched', async () => {
    const { rows } = await db.query(
      `SELECT k.label FROM competences_agent_skills s JOIN competences_skills k ON k.skill_id = s.skill_id
       WHERE s.scope = 'everyone' AND k.label ~ '[éèàç]' AND length(k.label) > 8 LIMIT 1`,
    );
    const label: string = rows[0].label;
    const plain = stripAccents(label);
    const typo = plain.slice(0, -2) + plain.at(-1) + plain.at(-2);
    const exact = await asAdmin.get(`/api/skill-search?q=${encodeURIComponent(label)}&pageSize=100`);
    const unaccented = await asAdmin.get(`/api/skill-search?q=${encodeURIComponent(plain)}&pageSize=100`);
    const misspelt = await asAdmin.get(`/api/skill-search?q=${encodeURIComponent(typo)}&pageSize=100`);
    expect(exact.body.total).toBeGreaterThan(0);
    expect(unaccented.body.total).toBe(exact.body.total);
    const ids = (r: { body: { items: { agentId: string }[] } }) => r.body.items.map((m) => m.agentId);
    expect(ids(misspelt)).toEqual(expect.arrayContaining(ids(exact)));
  });
});

describe('team builder over HTTP', () => {
  it('proposes three teams for the Dématérialisation project drawing on at least three directions, using only shared skills', async () => {
    const asManager = http.as((await login(http, 'manager')).token);
    const units = (await asManager.get('/api/org-units')).body as { id: string; name: string; kind: string }[];
    const direction = (pattern: RegExp) => units.find((u) => u.kind === 'direction' && pattern.test(u.name))!.id;
    const requiredDirectionIds = [direction(/Systèmes d'Information|Logistique/), direction(/Ressources Humaines/), direction(/Communication/)];
    const skills = ['dematerialisation-des-procedures', 'conduite-de-projet', 'paie', 'communication-interne', 'developpement-web'];
    const response = await asManager.post('/api/team-builder/proposals', {
      title: 'Dématérialisation des procédures',
      requirements: skills.map((skillId) => ({ skillId, minLevel: 'notions', count: 1 })),
      maxSize: 7,
      requiredDirectionIds,
      fixedMemberIds: [],
      excludedIds: [],
    });
    expect(response.status).toBe(201);
    const { proposals, id } = response.body;
    expect(proposals).toHaveLength(3);
    for (const team of proposals) {
      expect(team.members.length).toBeLessThanOrEqual(7);
      expect(new Set(team.directions.map((d: { id: string }) => d.id)).size).toBeGreaterThanOrEqual(3);
      for (const member of team.members) expect(member.explanation).toMatch(/[a-zé]/i);
      // Every covered skill was shared for staffing or wider by that person.
      for (const member of team.members) {
        for (const covered of member.covers) {
          const { rows } = await db.query('SELECT scope FROM competences_agent_skills WHERE agent_id = $1 AND skill_id = $2', [member.agentId, covered.skillId]);
          expect(rows[0].scope).not.toBe('hidden');
        }
      }
    }
    const covered = new Set(proposals[0].members.flatMap((m: { covers: { skillId: string }[] }) => m.covers.map((c) => c.skillId)));
    const uncovered = proposals[0].uncovered.map((u: { skillId: string }) => u.skillId);
    expect([...covered, ...uncovered].sort()).toEqual(expect.arrayContaining(skills));
    // With the demo town hall every skill of the case is covered, and the DLSI takes part.
    expect(uncovered).toEqual([]);
    expect(proposals[0].directions.map((d: { id: string }) => d.id)).toEqual(expect.arrayContaining(requiredDirectionIds));
    // Read again by its author, nothing has changed since: the saved set reads as it was proposed.
    const saved = await asManager.get(`/api/team-builder/proposals/${id}`);
    expect(saved.body.proposals).toEqual(proposals);
  });

  it('refuses an empty list of required skills with a clear error', async () => {
    const response = await asAgent.post('/api/team-builder/proposals', { requirements: [], maxSize: 5, requiredDirectionIds: [], fixedMemberIds: [], excludedIds: [] });
    expect(response.status).toBe(400);
    expect(response.body.detail).toContain('requirements');
  });

  it('refuses a null scope or wish (issue 8) with 400 problem+json, appends nothing, and keeps applying the agent’s later choices', async () => {
    // A skill of its own: the agent already holds 'sig' through the merge tested above.
    expect((await asAdmin.post('/api/skills', { label: 'Registre des délibérations', domain: 'Bureautique et outils' })).status).toBe(201);
    const skillId = 'registre-des-deliberations';
    expect((await asAgent.post('/api/me/skills', { skillId, level: 'notions', scope: 'everyone' })).status).toBe(201);
    const countEvents = async () => Number((await db.query('SELECT count(*) FROM events WHERE stream_id = $1', [`agentskills-${agentId}`])).rows[0].count);
    const before = await countEvents();
    for (const body of [{ scope: null }, { wishesToDevelop: null }, { scope: '' }, { level: 'grand maître' }]) {
      const refused = await asAgent.patch(`/api/me/skills/${skillId}`, body);
      expect(refused.status).toBe(400);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      expect(refused.body.code).toBe('REQUEST.INVALID');
    }
    expect(await countEvents()).toBe(before);
    const hidden = await asAgent.patch(`/api/me/skills/${skillId}`, { scope: 'hidden', level: null });
    expect(hidden.body.consistent).toBe(true);
    const mine = await asAgent.get('/api/me/skills');
    expect(mine.body.find((s: { skillId: string }) => s.skillId === skillId)).toMatchObject({ scope: 'hidden', level: null });
  });
});
