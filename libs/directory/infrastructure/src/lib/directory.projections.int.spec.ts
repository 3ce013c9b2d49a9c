import { randomUUID } from 'node:crypto';
import { EVENT_STORE_MIGRATIONS, PostgresEventStore, ProjectionRunner, ReadModelWaiter, rebuildProjection, resetProjection } from '@maillage/shared/event-store';
import { EventMetadata, LOG_START, LogPosition } from '@maillage/shared/kernel';
import { createTestDatabase, expectRebuildEqualsIncremental, IncrementalProjection, TestDatabase } from '@maillage/shared/testing';
import { DIRECTORY_MIGRATIONS } from './directory.migration';
import { DirectoryProjection } from './directory.projections';

const metadata: EventMetadata = { actorId: 'hr-1', roles: ['hr'], correlationId: 'c', causationId: null, occurredAt: '2026-12-01T09:00:00Z' };
const drh = '0b7e6a52-5a3c-4c9a-9a57-1a2b3c4d5e6f';
const dlsi = '1c8f7b63-6b4d-4dab-8b68-2b3c4d5e6f70';
const paie = '2d907c74-7c5e-4ebc-9c79-3c4d5e6f7081';
const agentId = '3f1d2c4b-6a7e-4b8c-9d0e-1f2a3b4c5d6e';

let db: TestDatabase;
let store: PostgresEventStore;
beforeAll(async () => {
  db = await createTestDatabase([...EVENT_STORE_MIGRATIONS, ...DIRECTORY_MIGRATIONS]);
  store = new PostgresEventStore(db.pool);
});
afterAll(() => db.drop());

let lastAppended: LogPosition = LOG_START;
const append = async (streamId: string, type: string, data: unknown) => {
  lastAppended = (await store.append(streamId, [{ eventId: randomUUID(), type, data, metadata }], 'any')).logPosition;
};

/**
 * Projects up to the last append. Other databases of the shared test cluster
 * may hold transactions open (which holds back what a reader may see), so
 * wait for the position rather than for one catch-up pass.
 */
async function project(): Promise<void> {
  const runner = new ProjectionRunner(db.pool, store, [new DirectoryProjection()], { batchSize: 2, idleMs: 10 });
  try {
    runner.start();
    expect(await new ReadModelWaiter(db.pool, ['directory'], runner).waitFor(lastAppended, 20_000)).toBe(true);
  } finally {
    await runner.stop();
  }
}

const table = async (name: string) => (await db.pool.query(`SELECT * FROM ${name} ORDER BY 1`)).rows;

describe('directory projection', () => {
  it('turns registration and field changes into a public row and a separate HR row', async () => {
    await append(`orgunit-${drh}`, 'OrgUnitCreated', { unitId: drh, name: 'Direction des Ressources Humaines', kind: 'direction', parentId: null });
    await append(`orgunit-${paie}`, 'OrgUnitCreated', { unitId: paie, name: 'Service Paie', kind: 'service', parentId: drh });
    await append(`agent-${agentId}`, 'AgentRegistered', {
      agentId, firstName: 'Hélène', lastName: 'Müller-Roux', usualName: null, postTitle: 'Gestionnaire paie', unitId: paie,
      managerId: null, workEmail: 'helene.muller-roux@mairie-exemple.fr', workPhone: null, office: 'Hôtel de ville', startDate: '2015-03-02',
      hr: { employment: 'titulaire', category: 'B', grade: 'Rédacteur principal' },
    });
    await append(`agent-${agentId}`, 'AgentFieldChanged', { agentId, field: 'usualName', from: null, to: 'Léna' });
    await append(`agent-${agentId}`, 'AgentFieldChanged', { agentId, field: 'grade', from: 'Rédacteur principal', to: 'Rédacteur principal de 1re classe' });
    await project();
    const [agent] = await table('directory_agents');
    expect(agent).toMatchObject({ first_name: 'Hélène', usual_name: 'Léna', unit_id: paie, direction_id: drh, status: 'active', version: '2' });
    expect(Object.keys(agent)).not.toContain('grade');
    const [hr] = await table('directory_agent_hr');
    expect(hr).toMatchObject({ agent_id: agentId, category: 'B', grade: 'Rédacteur principal de 1re classe', employment: 'titulaire' });
  });

  it('moves every agent of a service to the new direction when the service moves', async () => {
    await append(`orgunit-${dlsi}`, 'OrgUnitCreated', { unitId: dlsi, name: 'DLSI', kind: 'direction', parentId: null });
    await append(`orgunit-${paie}`, 'OrgUnitMoved', { unitId: paie, fromParentId: drh, toParentId: dlsi });
    await project();
    const [agent] = await table('directory_agents');
    expect(agent.direction_id).toBe(dlsi);
  });

  it('fills the search lexicon with the folded words of names, posts and units, former ones kept', async () => {
    await append(`agent-${agentId}`, 'AgentFieldChanged', { agentId, field: 'postTitle', from: 'Gestionnaire paie', to: 'Responsable carrières' });
    await project();
    const words = (await table('directory_search_words')).map((w) => w.word);
    expect(words).toEqual(expect.arrayContaining(['helene', 'muller', 'roux', 'lena', 'gestionnaire', 'paie', 'responsable', 'carrieres', 'ressources', 'dlsi']));
    // Stop words are no use for correcting a typo; nor are hyphenated wholes (their parts are there).
    expect(words).not.toContain('des');
    expect(words).not.toContain('muller-roux');
  });

  it('gives an agent the words of its unit and direction to be found by, and follows their renaming', async () => {
    const found = async (query: string) =>
      (await db.pool.query(`SELECT count(*)::int AS n FROM directory_agents WHERE search_vector @@ to_tsquery('simple', $1)`, [query])).rows[0].n;
    expect(await found('paie & dlsi & responsable & lena')).toBe(1);
    await append(`orgunit-${dlsi}`, 'OrgUnitRenamed', { unitId: dlsi, from: 'DLSI', to: 'Direction du Numérique' });
    await project();
    expect(await found('paie & dlsi')).toBe(0);
    expect(await found('paie & numerique')).toBe(1);
  });

  it('keeps a departed agent with the departure date', async () => {
    await append(`agent-${agentId}`, 'AgentDeparted', { agentId, departedOn: '2026-11-30' });
    await project();
    const [agent] = await table('directory_agents');
    expect(agent).toMatchObject({ status: 'departed' });
    expect(agent.departed_on.toISOString().slice(0, 10)).toBe('2026-11-30');
  });

  it('ignores an event it has already applied', async () => {
    const before = await table('directory_agents');
    const replayed = (await store.readStream(`agent-${agentId}`)).slice(1, 2);
    const client = await db.pool.connect();
    try {
      await new DirectoryProjection().apply(replayed, client);
    } finally {
      client.release();
    }
    expect(await table('directory_agents')).toEqual(before);
  });

  it('rebuilds from zero to exactly the rows built incrementally', async () => {
    const tables = ['directory_agents', 'directory_agent_hr', 'directory_org_units', 'directory_search_words'];
    const incremental = await Promise.all(tables.map(table));
    await resetProjection(db.pool, new DirectoryProjection());
    expect(await table('directory_agents')).toEqual([]);
    expect(await table('directory_search_words')).toEqual([]);
    await project();
    expect(await Promise.all(tables.map(table))).toEqual(incremental);
  });

  it('rebuilds through rebuildProjection to exactly the rows built batch by batch, with every event type in the history', async () => {
    const colleague = '4e2a3b5c-7d8f-4a9b-8c1d-2e3f4a5b6c7d';
    await append(`agent-${colleague}`, 'AgentRegistered', {
      agentId: colleague, firstName: 'Karim', lastName: 'Benali', usualName: null, postTitle: 'Gestionnaire paie', unitId: paie, managerId: null,
      workEmail: 'karim.benali@mairie-exemple.fr', workPhone: '01 23 45 67 89', office: null, startDate: '2019-09-01', hr: { employment: 'contractuel', category: 'C' },
    });
    await append(`agent-${colleague}`, 'ManagerAssigned', { agentId: colleague, managerId: agentId, previousManagerId: null });
    await append(`orgunit-${paie}`, 'OrgUnitHeadAssigned', { unitId: paie, headAgentId: colleague });
    await append(`agent-${colleague}`, 'AgentStatusChanged', { agentId: colleague, from: 'active', to: 'on_leave' });
    await append(`agent-${colleague}`, 'AgentMovedToUnit', { agentId: colleague, fromUnitId: paie, toUnitId: dlsi });
    await append(`orgunit-${drh}`, 'OrgUnitClosed', { unitId: drh });
    await append(`agent-${colleague}`, 'AgentStatusChanged', { agentId: colleague, from: 'on_leave', to: 'active' });
    await project();
    const projection = new DirectoryProjection();
    // Replays the whole log over the runner's rows (a no-op), then rebuilds beside them and swaps.
    await expectRebuildEqualsIncremental(new IncrementalProjection(db.pool, store, projection, 2), () => rebuildProjection(db.pool, store, projection));
  });
});
