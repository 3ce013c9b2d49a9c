import { Relation } from '@maillage/governance/domain';
import { Canary, SKILL_SCOPES, SkillScope, nonce, skillCanary, valueCanary } from './canary-sweep.canaries';
import { Http, login } from './http';

/** The demo logins the sweep reads as; `rh` only plants canaries (HR may see nearly all of them). */
export const OBSERVER_LOGINS = ['agent', 'manager', 'admin', 'comite'] as const;
export type ObserverLogin = (typeof OBSERVER_LOGINS)[number];

interface Person {
  readonly id: string;
  readonly unitId: string | null;
  readonly roles: readonly string[];
}

export interface Planted {
  readonly hr: Http;
  readonly clients: Readonly<Record<ObserverLogin, Http>>;
  readonly people: Readonly<Record<ObserverLogin, Person>>;
  /** T: the demo `agent`, who declares the canary skills and keeps diplomas and experience to themself. */
  readonly t: { readonly id: string; readonly displayName: string; readonly unitId: string; readonly directionId: string };
  /** N: a newcomer HR registers by import in T's unit under `manager`, with a usage name hiding a canary birth name. */
  readonly n: { readonly id: string; readonly usualName: string };
  readonly canaries: readonly Canary[];
  readonly skills: Readonly<Record<SkillScope, { readonly skillId: string; readonly label: string }>>;
  readonly importId: string;
  /** Saved team proposals by author. */
  readonly proposals: Readonly<Partial<Record<ObserverLogin, string>>>;
  /** Managers above each target (nearest first), read by HR. */
  readonly managersOf: Readonly<Record<string, readonly string[]>>;
  /** Totals before the plant: skill search per scope and observer, directory search of the birth name per observer. */
  readonly before: {
    readonly skillSearch: Readonly<Record<ObserverLogin, Readonly<Record<SkillScope, number>>>>;
    readonly birthNameSearch: Readonly<Record<ObserverLogin, number>>;
  };
}

type Answer = Awaited<ReturnType<Http['get']>>;

const ok = (what: string, response: Answer, expected = [200, 201]): Answer => {
  if (!expected.includes(response.status)) throw new Error(`${what}: ${response.status} ${response.text.slice(0, 500)}`);
  return response;
};

const csvCell = (value: string | null) => (value === null ? '' : /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Relation of an observer to an agent, from the directory as HR read it (DESIGN: self, hierarchy, HR, same unit). */
export function relationOf(observer: Person | null, ownerId: string, ownerUnitId: string | null, managersOfOwner: readonly string[]): Relation {
  if (!observer) return { isSelf: false, isInHierarchy: false, isHr: false, sameUnit: false };
  return {
    isSelf: observer.id === ownerId,
    isInHierarchy: managersOfOwner.includes(observer.id),
    isHr: observer.roles.includes('hr'),
    sameUnit: observer.unitId !== null && observer.unitId === ownerUnitId,
  };
}

async function skillSearchTotals(clients: Record<ObserverLogin, Http>, skills: Planted['skills']) {
  const totals = {} as Record<ObserverLogin, Record<SkillScope, number>>;
  for (const login of OBSERVER_LOGINS) {
    totals[login] = {} as Record<SkillScope, number>;
    for (const scope of SKILL_SCOPES) {
      const search = ok('skill search', await clients[login].get(`/api/skill-search?q=${encodeURIComponent(skills[scope].label)}&pageSize=100`));
      totals[login][scope] = search.body.total;
    }
  }
  return totals;
}

async function directoryTotals(clients: Record<ObserverLogin, Http>, text: string) {
  const totals = {} as Record<ObserverLogin, number>;
  for (const login of OBSERVER_LOGINS) totals[login] = ok('directory search', await clients[login].get(`/api/agents?q=${encodeURIComponent(text)}&pageSize=100`)).body.total;
  return totals;
}

async function uploadCsv(baseUrl: string, token: string, csv: string) {
  const response = await fetch(`${baseUrl}/api/imports?fileName=canary-sweep.csv`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
    body: csv,
  });
  const text = await response.text();
  return ok('import upload', { status: response.status, headers: response.headers, text, body: text ? JSON.parse(text) : null });
}

/**
 * Plants every canary through the API, as the people who may write them: HR
 * (matricule, post, an import touching T's career fields and registering N),
 * the admin (the canary skills), T (diplomas, experience, one skill per scope)
 * and two colleagues who save a team proposal.
 */
export async function plantCanaries(http: Http): Promise<Planted> {
  const sessions = {} as Record<ObserverLogin, Awaited<ReturnType<typeof login>>>;
  const hrSession = await login(http, 'rh', undefined, '198.51.100.20');
  for (const [i, name] of OBSERVER_LOGINS.entries()) sessions[name] = await login(http, name, undefined, `198.51.100.${21 + i}`);
  const hr = http.as(hrSession.token);
  const clients = Object.fromEntries(OBSERVER_LOGINS.map((name) => [name, http.as(sessions[name].token)])) as Record<ObserverLogin, Http>;
  const tId: string = sessions.agent.account.agentId;
  const managerId: string = sessions.manager.account.agentId;

  const fiche = async (id: string) => ok('fiche', await hr.get(`/api/agents/${id}`));
  const people = {} as Record<ObserverLogin, Person>;
  for (const name of OBSERVER_LOGINS) {
    const profile = (await fiche(sessions[name].account.agentId)).body;
    people[name] = { id: profile.id, unitId: profile.unitId, roles: sessions[name].account.roles };
  }
  const tProfile = (await fiche(tId)).body;
  const managerProfile = (await fiche(managerId)).body;

  // The referential: four canary skills, defined by the admin (labels are public, the association with T is not).
  const skills = {} as Record<SkillScope, { skillId: string; label: string }>;
  for (const scope of SKILL_SCOPES) {
    const label = `Cnry ${scope} ${nonce()}`;
    const defined = ok('define skill', await clients.admin.post('/api/skills', { label, domain: 'Numérique et SI' }));
    skills[scope] = { skillId: defined.body.id, label };
  }

  const v = (field: string, target: string) => `CNRY-${field}-${target}-${nonce()}`;
  const t = {
    matricule: `CNRY-MT-${nonce()}`,
    filiere: v('filiere', 'T'),
    cadreEmplois: v('cadre', 'T'),
    grade: v('grade', 'T'),
    hrCode: v('hrCode', 'T'),
    dgaCode: v('dgaCode', 'T'),
    diplomas: v('diplomas', 'T'),
    experience: v('experience', 'T'),
    publicCanary: `CNRY-public-T-${nonce()}`,
  };
  const postTitle = `Chargée de communication interne ${t.publicCanary}`;
  const n = {
    matricule: `CNRY-MN-${nonce()}`,
    birthName: `Cnry-Birth-${nonce()}`,
    usualName: `Usage-${nonce()}`,
    filiere: v('filiere', 'N'),
    cadreEmplois: v('cadre', 'N'),
    grade: v('grade', 'N'),
    hrCode: v('hrCode', 'N'),
    dgaCode: v('dgaCode', 'N'),
  };

  const before = {
    skillSearch: await skillSearchTotals(clients, skills),
    birthNameSearch: await directoryTotals(clients, n.birthName),
  };

  // T declares one canary skill per scope.
  for (const scope of SKILL_SCOPES) {
    ok(`declare ${scope}`, await clients.agent.post('/api/me/skills', { skillId: skills[scope].skillId, level: 'pratique', scope }));
  }
  // T's own diplomas and experience, shared with nobody (the default).
  const own = await clients.agent.get(`/api/agents/${tId}`);
  ok('T edits diplomas', await clients.agent.patch(`/api/agents/${tId}`, { diplomas: t.diplomas, experience: t.experience }, { 'if-match': own.headers.get('etag') ?? '' }));
  // HR: the matricule (the import's key) and the self-check's public post title.
  const current = await fiche(tId);
  ok('HR edits T', await hr.patch(`/api/agents/${tId}`, { matricule: t.matricule, postTitle }, { 'if-match': current.headers.get('etag') ?? '' }));

  // HR imports: T's career fields, and a newcomer N in T's unit under the manager, with a birth name behind a usage name.
  const header = ['matricule', 'nom', 'prenom', 'nom_usage', 'email', 'intitule_poste', 'unite', 'responsable', 'situation', 'categorie', 'filiere', 'cadre_emplois', 'grade', 'code_rh', 'code_dga'];
  const hrView = (await fiche(tId)).body.sensitive;
  const rows = [
    [t.matricule, tProfile.lastName, tProfile.firstName, tProfile.usualName, tProfile.workEmail, postTitle, tProfile.unitId, managerProfile.workEmail, 'titulaire', hrView.category, t.filiere, t.cadreEmplois, t.grade, t.hrCode, t.dgaCode],
    [n.matricule, n.birthName, 'Camille', n.usualName, `camille.${nonce()}@mairie-exemple.fr`, 'Chargée de mission', tProfile.unitId, managerProfile.workEmail, 'titulaire', 'B', n.filiere, n.cadreEmplois, n.grade, n.hrCode, n.dgaCode],
  ];
  const csv = [header, ...rows].map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
  const dryRun = await uploadCsv(http.baseUrl, hrSession.token, csv);
  const importId: string = dryRun.body.id;
  ok('apply import', await hr.post(`/api/imports/${importId}/apply`), [202]);
  for (let i = 0; ; i++) {
    const job = ok('import job', await hr.get(`/api/imports/${importId}?pageSize=0`)).body;
    if (job.status === 'applied') break;
    if (job.status !== 'applying' || i > 300) throw new Error(`the canary import ended as ${job.status}: ${JSON.stringify(job).slice(0, 800)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const found = ok('find N', await hr.get(`/api/agents?q=${encodeURIComponent(n.usualName)}&pageSize=100`)).body.items as { id: string; displayName: string }[];
  const nId = found.find((a) => a.displayName.includes(n.usualName))?.id;
  if (!nId) throw new Error(`the imported newcomer ${n.usualName} is not in the directory`);

  // Team proposals: the manager staffs with T's staffing and hierarchy skills, a colleague (comite) with the staffing one.
  const propose = async (who: ObserverLogin, scopes: SkillScope[]) =>
    ok(
      `proposal by ${who}`,
      await clients[who].post('/api/team-builder/proposals', {
        title: `Équipe ${who}`,
        requirements: scopes.map((scope) => ({ skillId: skills[scope].skillId, minLevel: 'notions', count: 1 })),
        maxSize: 2,
        requiredDirectionIds: [],
        fixedMemberIds: [],
        excludedIds: [],
      }),
    ).body.id as string;
  const proposals = { manager: await propose('manager', ['staffing', 'hierarchy']), comite: await propose('comite', ['staffing']) };

  const managersOf: Record<string, string[]> = {};
  for (const id of [tId, nId]) managersOf[id] = ok('hierarchy', await hr.get(`/api/agents/${id}/hierarchy`)).body.managers.map((m: { id: string }) => m.id);

  const tRefs = [tId, tProfile.displayName, `${tProfile.firstName} ${tProfile.lastName}`];
  const canaries: Canary[] = [
    valueCanary('T.matricule', 'matricule', tId, t.matricule),
    valueCanary('T.filiere', 'filiere', tId, t.filiere),
    valueCanary('T.cadreEmplois', 'cadreEmplois', tId, t.cadreEmplois),
    valueCanary('T.grade', 'grade', tId, t.grade),
    valueCanary('T.hrCode', 'hrCode', tId, t.hrCode),
    valueCanary('T.dgaCode', 'dgaCode', tId, t.dgaCode),
    valueCanary('T.diplomas', 'diplomas', tId, t.diplomas),
    valueCanary('T.experience', 'experience', tId, t.experience),
    valueCanary('T.postTitle(public)', 'publicPostTitle', tId, t.publicCanary),
    ...SKILL_SCOPES.map((scope) => skillCanary(`T.skill:${scope}`, scope, tId, skills[scope].label, skills[scope].skillId, tRefs)),
    valueCanary('N.birthName', 'birthName', nId, n.birthName),
    valueCanary('N.matricule', 'matricule', nId, n.matricule),
    valueCanary('N.filiere', 'filiere', nId, n.filiere),
    valueCanary('N.cadreEmplois', 'cadreEmplois', nId, n.cadreEmplois),
    valueCanary('N.grade', 'grade', nId, n.grade),
    valueCanary('N.hrCode', 'hrCode', nId, n.hrCode),
    valueCanary('N.dgaCode', 'dgaCode', nId, n.dgaCode),
  ];

  return {
    hr,
    clients,
    people,
    t: { id: tId, displayName: tProfile.displayName, unitId: tProfile.unitId, directionId: tProfile.directionId },
    n: { id: nId, usualName: n.usualName },
    canaries,
    skills,
    importId,
    proposals,
    managersOf,
    before,
  };
}
