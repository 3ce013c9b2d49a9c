import { AgentSearchCriteria } from '@maillage/directory/application';
import { EVENT_STORE_MIGRATIONS, PoolSql } from '@maillage/shared/event-store';
import { createTestDatabase, TestDatabase } from '@maillage/shared/testing';
import { DirectoryLog } from './directory-log.test-kit';
import { DIRECTORY_MIGRATIONS } from './directory.migration';
import { PostgresDirectoryReadModel } from './postgres-directory-read-model';

const drh = '0b7e6a52-5a3c-4c9a-9a57-1a2b3c4d5e6f';
const paie = '2d907c74-7c5e-4ebc-9c79-3c4d5e6f7081';
const carrieres = '3ea18d85-8d6f-4fcd-8d8a-4d5e6f708192';
const dlsi = '1c8f7b63-6b4d-4dab-8b68-2b3c4d5e6f70';
const infra = '4fb29e96-9e70-4a0e-9e9b-5e6f708192a3';

let db: TestDatabase;
let directory: PostgresDirectoryReadModel;
let log: DirectoryLog;
const agents: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase([...EVENT_STORE_MIGRATIONS, ...DIRECTORY_MIGRATIONS]);
  log = new DirectoryLog(db);
  await log.unit(drh, 'Direction des Ressources Humaines', 'direction');
  await log.unit(paie, 'Service Paie', 'service', drh);
  await log.unit(carrieres, 'Service Carrières', 'service', drh);
  await log.unit(dlsi, "Direction Logistique et Systèmes d'Information", 'direction');
  await log.unit(infra, 'Service Infrastructures', 'service', dlsi);
  const people = {
    helene: { firstName: 'Hélène', lastName: 'Müller-Roux', postTitle: 'Gestionnaire', unitId: paie },
    paul: { firstName: 'Paul', lastName: 'Lefebvre', postTitle: 'Gestionnaire paie', unitId: carrieres },
    aminata: { firstName: 'Aminata', lastName: 'Diallo', postTitle: 'Gestionnaire carrières', unitId: carrieres },
    moussa: { firstName: 'Moussa', lastName: "N'Diaye", postTitle: 'Assistant de direction', unitId: drh },
    loic: { firstName: 'Loïc', lastName: 'Gauthier', postTitle: 'Technicien support', unitId: infra },
    lea: { firstName: 'Léa', lastName: 'Gautier', postTitle: 'Chargée de formation', unitId: carrieres },
    jean: { firstName: 'Jean', lastName: 'Martin', postTitle: 'Administrateur systèmes', unitId: infra },
    martine: { firstName: 'Martine', lastName: 'Leroy', postTitle: 'Technicienne réseaux', unitId: infra },
    luc: { firstName: 'Luc', lastName: 'Legrand', postTitle: 'Assistant paie', unitId: paie },
    jeanne: { firstName: 'Jeanne', lastName: 'Martin', postTitle: 'Gestionnaire paie', unitId: paie },
    camille: { firstName: 'Camille', lastName: 'Importé2026', postTitle: 'Chargée d’accueil', unitId: carrieres },
    noe: { firstName: 'Noé', lastName: 'Weber', postTitle: 'Chargé de mission', unitId: drh, workEmail: 'nxweber@mairie-exemple.fr' },
  };
  for (const [key, person] of Object.entries(people)) agents[key] = await log.agent(person);
  await log.append(`agent-${agents.luc}`, 'AgentStatusChanged', { agentId: agents.luc, from: 'active', to: 'on_leave' });
  await log.append(`agent-${agents.jeanne}`, 'AgentDeparted', { agentId: agents.jeanne, departedOn: '2026-11-30' });
  await log.project();
  directory = new PostgresDirectoryReadModel(new PoolSql(db.pool));
});
afterAll(async () => {
  await db?.drop();
});

const search = (text: string, criteria: Partial<AgentSearchCriteria> = {}) => directory.searchAgents({ text, page: 1, pageSize: 20, ...criteria });
const keysOf = (ids: readonly string[]) => ids.map((id) => Object.keys(agents).find((key) => agents[key] === id));
/** The agents found, in order, by the keys of this file. */
const found = async (text: string, criteria: Partial<AgentSearchCriteria> = {}) => keysOf((await search(text, criteria)).items.map((a) => a.id));

describe('directory text search', () => {
  it('finds an agent whatever the accents and case of the search', async () => {
    expect(await found('HELENE')).toEqual(['helene']);
    expect(await found('müller')).toEqual(['helene']);
    expect(await found('hélène MULLER-roux')).toEqual(['helene']);
    expect(await found('IMPORTE2026')).toEqual(['camille']);
    expect(await found('importé20')).toEqual(['camille']);
  });

  it('takes a search holding an "@" as the start of a work email address, LIKE wildcards taken literally', async () => {
    expect(await found(`${agents.paul}@mairie`)).toEqual(['paul']);
    expect(await found('NXWeber@')).toEqual(['noe']);
    // "_" would match any one letter, and "%" anything, if they were not escaped.
    expect(await found('n_weber@')).toEqual([]);
    expect(await found('n%@')).toEqual([]);
    expect((await search('@mairie-exemple.fr')).total).toBe(0);
    // Departed agents stay out, as in every search.
    expect(await found(`${agents.jeanne}@`)).toEqual([]);
  });

  it('finds names with a small typo, through the lexicon of the words in use', async () => {
    expect(await found('Lefevre')).toEqual(['paul']);
    expect(await found('Gothier')).toEqual(['loic']);
    // One letter of six changed: a trigram similarity of 0.4 exactly, the least a correction needs.
    expect(await found('Dialoo')).toEqual(['aminata']);
  });

  it('ranks the exact name above the one a typo may have meant', async () => {
    expect(await found('Gautier')).toEqual(['lea', 'loic']);
  });

  it('takes the last word as the start of a name, never as a stem: "dia" is not the start of every Direction', async () => {
    expect(await found('dia')).toEqual(['aminata', 'moussa']);
    expect(await found("n'dia")).toEqual(['aminata', 'moussa']);
    expect(await found('gaut')).toEqual(['loic', 'lea']);
  });

  it('understands French word forms in posts and units', async () => {
    expect(await found('techniciens')).toEqual(['loic', 'martine']);
    expect(new Set(await found('gestionnaires'))).toEqual(new Set(['aminata', 'paul', 'helene']));
  });

  it('requires every word somewhere in the name, post, unit or direction', async () => {
    expect(new Set(await found('gestionnaire paie'))).toEqual(new Set(['paul', 'helene']));
    expect(new Set(await found('technicien infrastructures'))).toEqual(new Set(['loic', 'martine']));
    expect(await found('martin logistique')).toEqual(['jean', 'martine']);
    expect(await found('gestionnaire logistique')).toEqual([]);
  });

  it('looks for names starting with stop words when the search has nothing else', async () => {
    expect(new Set(await found('le'))).toEqual(new Set(['paul', 'lea', 'luc', 'martine']));
    expect(await found('de la')).toEqual([]);
  });

  it('filters by direction, unit and status', async () => {
    expect(new Set(await found('gestionnaire', { directionId: drh }))).toEqual(new Set(['helene', 'paul', 'aminata']));
    expect(await found('gestionnaire', { directionId: dlsi })).toEqual([]);
    expect(await found('gestionnaire', { unitId: paie })).toEqual(['helene']);
    expect(await found('paie', { status: 'on_leave' })).toEqual(['luc']);
  });

  it('never shows a departed agent', async () => {
    expect(await found('jeanne')).not.toContain('jeanne');
    expect(await found('martin')).not.toContain('jeanne');
    expect(await found('gestionnaire paie')).not.toContain('jeanne');
  });

  it('ranks whole words above prefixes, a post above a unit, then sorts by name', async () => {
    expect(await found('martin')).toEqual(['jean', 'martine']);
    // Luc: "Assistant paie" of the Service Paie; Paul: "Gestionnaire paie" elsewhere; Hélène: of the Service Paie.
    expect(await found('paie')).toEqual(['luc', 'paul', 'helene']);
    // Aminata Diallo, Paul Lefebvre, Hélène Müller-Roux: the same post word, by last name.
    expect(await found('gestionnaire')).toEqual(['aminata', 'paul', 'helene']);
  });

  it('pages the matches with their exact total, a page past the end included', async () => {
    expect(await search('gestionnaire', { pageSize: 2 })).toMatchObject({ total: 3, page: 1, items: [{ id: agents.aminata }, { id: agents.paul }] });
    expect(await search('gestionnaire', { pageSize: 2, page: 2 })).toMatchObject({ total: 3, items: [{ id: agents.helene }] });
    expect(await search('gestionnaire', { pageSize: 2, page: 3 })).toMatchObject({ total: 3, items: [] });
    expect(await search('xylophone')).toMatchObject({ total: 0, items: [] });
  });

  it('shows the page fields of the directory entry', async () => {
    const [entry] = (await search('Hélène')).items;
    expect(entry).toMatchObject({
      displayName: 'Hélène Müller-Roux',
      postTitle: 'Gestionnaire',
      unitName: 'Service Paie',
      directionId: drh,
      directionName: 'Direction des Ressources Humaines',
      status: 'active',
    });
  });

  it('lists everyone but the departed by name when there is no word to search', async () => {
    const page = await search(' -- ');
    expect(page.total).toBe(11);
    expect(keysOf(page.items.map((a) => a.id)).slice(0, 3)).toEqual(['aminata', 'loic', 'lea']);
  });

  it('finds agents by the new name of their unit and of their direction', async () => {
    await log.append(`orgunit-${infra}`, 'OrgUnitRenamed', { unitId: infra, from: 'Service Infrastructures', to: 'Service Réseaux et serveurs' });
    await log.append(`orgunit-${dlsi}`, 'OrgUnitRenamed', { unitId: dlsi, from: "Direction Logistique et Systèmes d'Information", to: 'Direction du Numérique' });
    await log.project();
    expect(new Set(await found('technicien serveurs'))).toEqual(new Set(['loic', 'martine']));
    expect(await found('martin numerique')).toEqual(['jean', 'martine']);
    expect(await found('martin logistique')).toEqual([]);
  });
});

describe('the birth name behind a nom d’usage (governed: HR and the agent only)', () => {
  let pauline: string;
  beforeAll(async () => {
    pauline = await log.agent({ firstName: 'Pauline', lastName: 'Berger', usualName: 'Charpentier', postTitle: 'Archiviste', unitId: carrieres });
    agents.pauline = pauline;
    await log.project();
  });

  it('never finds the agent by their birth name, nor by a typo of it', async () => {
    expect(await found('Berger')).toEqual([]);
    expect(await found('pauline berger')).toEqual([]);
    expect(await found('Bergre')).toEqual([]);
    const words: { word: string }[] = (await db.pool.query(`SELECT word FROM directory_search_words WHERE word = 'berger'`)).rows;
    expect(words).toEqual([]);
  });

  it('finds them by the name in use, and a line carries that name and never the birth name', async () => {
    const page = await search('Charpentier');
    expect(keysOf(page.items.map((a) => a.id))).toEqual(['pauline']);
    expect(page.items[0]).toMatchObject({ displayName: 'Pauline Charpentier', firstName: 'Pauline', lastName: 'Charpentier' });
    expect(JSON.stringify(page.items)).not.toMatch(/Berger/i);
    expect(JSON.stringify(await search('archiviste'))).not.toMatch(/Berger/i);
  });

  it('sorts them by the name in use', async () => {
    const names = (await search(' -- ', { pageSize: 50 })).items.map((a) => a.lastName);
    expect(names.indexOf('Charpentier')).toBe(names.indexOf('Diallo') - 1);
    const [{ sort_name }] = (await db.pool.query('SELECT sort_name FROM directory_agents WHERE id = $1', [pauline])).rows;
    expect(sort_name).toBe('charpentier pauline');
  });

  it('keeps the birth name for the fiche, which the redaction point filters', async () => {
    expect(await directory.findAgentProfile(pauline)).toMatchObject({ lastName: 'Charpentier', usualName: 'Charpentier', birthName: 'Berger' });
  });

  it('matches only the pieces the policy lets a search match (fail closed)', async () => {
    expect(await found('archiviste', { searchable: ['name', 'unit', 'workEmail'] })).toEqual([]);
    expect(await found('charpentier', { searchable: ['postTitle', 'unit'] })).toEqual([]);
    expect(await found('charpentier archiviste', { searchable: ['name', 'postTitle'] })).toEqual(['pauline']);
    expect(await found('service', { searchable: ['name', 'postTitle'] })).toEqual([]);
    expect(await found('service archiviste')).toEqual(['pauline']);
    expect(await found('', { unitId: carrieres, searchable: ['name'] })).toEqual([]);
    expect(await found(`${pauline}@`, { searchable: ['name'] })).toEqual([]);
    expect(await found(`${pauline}@`)).toEqual(['pauline']);
  });
});
