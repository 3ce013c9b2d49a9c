import { randomUUID } from 'node:crypto';
import { EventStore1764576000000, PostgresEventStore, ProjectionCheckpoints1764576000001, ProjectionRunner, resetProjection } from '@maillage/shared/event-store';
import { EventMetadata } from '@maillage/shared/kernel';
import { createTestDatabase, TestDatabase } from '@maillage/shared/testing';
import { DIRECTORY_MIGRATIONS } from './directory.migration';
import { AgentDirectoryProjection, OrgUnitsProjection } from './directory.projections';

const metadata: EventMetadata = { actorId: 'hr-1', roles: ['hr'], correlationId: 'c', causationId: null, occurredAt: '2026-12-01T09:00:00Z' };
const unitId = '0b7e6a52-5a3c-4c9a-9a57-1a2b3c4d5e6f';
const agentId = '3f1d2c4b-6a7e-4b8c-9d0e-1f2a3b4c5d6e';

let db: TestDatabase;
let store: PostgresEventStore;
beforeAll(async () => {
  db = await createTestDatabase([EventStore1764576000000, ProjectionCheckpoints1764576000001, ...DIRECTORY_MIGRATIONS]);
  store = new PostgresEventStore(db.pool);
});
afterAll(() => db.drop());

const append = (streamId: string, type: string, data: unknown) =>
  store.append(streamId, [{ eventId: randomUUID(), type, data, metadata }], 'any');

async function project(): Promise<void> {
  const runner = new ProjectionRunner(db.pool, store, [new OrgUnitsProjection(), new AgentDirectoryProjection()], { batchSize: 2 });
  try {
    await runner.catchUp();
  } finally {
    await runner.stop();
  }
}

const agentsTable = async () =>
  (await db.pool.query('SELECT * FROM directory_agents ORDER BY id')).rows;

describe('directory projections', () => {
  it('turns registration and field changes into one directory row with its search text', async () => {
    await append(`orgunit-${unitId}`, 'OrgUnitCreated', { unitId, name: 'Direction des Ressources Humaines', kind: 'direction', parentId: null });
    await append(`agent-${agentId}`, 'AgentRegistered', {
      agentId, firstName: 'Hélène', lastName: 'Müller-Roux', usualName: null, postTitle: 'Gestionnaire paie', unitId,
      managerId: null, workEmail: 'helene.muller-roux@mairie-exemple.fr', workPhone: null, office: 'Hôtel de ville', startDate: '2015-03-02',
    });
    await append(`agent-${agentId}`, 'AgentFieldChanged', { agentId, field: 'usualName', from: null, to: 'Léna' });
    await append(`agent-${agentId}`, 'AgentFieldChanged', { agentId, field: 'postTitle', from: 'Gestionnaire paie', to: 'Responsable paie' });
    await project();
    const [row] = await agentsTable();
    expect(row).toMatchObject({
      first_name: 'Hélène', usual_name: 'Léna', post_title: 'Responsable paie', unit_id: unitId, status: 'active', version: '2',
      search_text: 'helene muller-roux lena responsable paie helene.muller-roux@mairie-exemple.fr', sort_name: 'muller-roux helene',
    });
    const units = (await db.pool.query('SELECT name, kind FROM directory_org_units')).rows;
    expect(units).toEqual([{ name: 'Direction des Ressources Humaines', kind: 'direction' }]);
  });

  it('ignores an event it has already applied', async () => {
    const before = await agentsTable();
    const projection = new AgentDirectoryProjection();
    const replayed = (await store.readStream(`agent-${agentId}`)).slice(1, 2);
    const client = await db.pool.connect();
    try {
      await projection.apply(replayed, client);
    } finally {
      client.release();
    }
    expect(await agentsTable()).toEqual(before);
  });

  it('rebuilds from zero to exactly the rows built incrementally', async () => {
    const incremental = await agentsTable();
    for (const projection of [new OrgUnitsProjection(), new AgentDirectoryProjection()]) await resetProjection(db.pool, projection);
    expect(await agentsTable()).toEqual([]);
    await project();
    expect(await agentsTable()).toEqual(incremental);
  });
});
