import { randomUUID } from 'node:crypto';
import type { AgentChangedV1, OrgUnitChangedV1 } from '@maillage/directory/contracts';
import { EVENT_STORE_MIGRATIONS, PostgresEventStore, rebuildProjection } from '@maillage/shared/event-store';
import { EventMetadata } from '@maillage/shared/kernel';
import { createTestDatabase, expectRebuildEqualsIncremental, IncrementalProjection, TestDatabase } from '@maillage/shared/testing';
import { GOVERNANCE_MIGRATIONS } from '../governance.migration';
import { GovernanceOrganisationProjection } from './reporting-lines.projection';

let db: TestDatabase;
let store: PostgresEventStore;
beforeAll(async () => {
  db = await createTestDatabase([...EVENT_STORE_MIGRATIONS, ...GOVERNANCE_MIGRATIONS]);
  store = new PostgresEventStore(db.pool);
});
afterAll(() => db.drop());

const metadata = (): EventMetadata => ({ actorId: 'acc-hr', roles: ['hr'], correlationId: randomUUID(), causationId: null, occurredAt: new Date().toISOString() });
/**
 * The directory's published events, stored as its translator hands them over (in the envelope of
 * the domain event they come from, on its stream): the consumer is what is checked here, the
 * translation has its own spec in the directory.
 */
const unit = (data: OrgUnitChangedV1) => store.append(`orgunit-${data.unitId}`, [{ eventId: randomUUID(), type: 'directory.OrgUnitChanged', data, metadata: metadata() }], 'any');
const agent = (data: AgentChangedV1) => store.append(`agent-${data.agentId}`, [{ eventId: randomUUID(), type: 'directory.AgentChanged', data, metadata: metadata() }], 'any');

const [dgs, drh, dsi, paie, carrieres, reseau] = Array.from({ length: 6 }, () => randomUUID());
const [maire, helene, karim, lea, paul] = Array.from({ length: 5 }, () => randomUUID());

describe('governance organisation copy, rebuilt from zero', () => {
  it('gives exactly the reporting lines and unit tree the live runner built batch by batch, over moves, departures and closures', async () => {
    const projection = new GovernanceOrganisationProjection();
    const live = new IncrementalProjection(db.pool, store, projection, 2);

    await unit({ unitId: dgs, name: 'Direction générale des services', kind: 'direction', parentId: null, closed: false });
    await unit({ unitId: drh, name: 'Ressources humaines', kind: 'direction', parentId: null, closed: false });
    await agent({ agentId: maire, firstName: 'Anne', nameInUse: 'Martin', postTitle: 'DGS', unitId: dgs, managerId: null, status: 'active' });
    await unit({ unitId: paie, name: 'Paie', kind: 'service', parentId: drh, closed: false });
    await agent({ agentId: helene, firstName: 'Hélène', nameInUse: 'Roux', postTitle: 'Cheffe paie', unitId: paie, managerId: maire, status: 'active' });
    await agent({ agentId: karim, firstName: 'Karim', nameInUse: 'Benali', postTitle: 'Gestionnaire', unitId: paie, managerId: helene, status: 'active' });
    await live.catchUp();

    // A service moves under another direction, a new direction, people change unit and manager.
    await unit({ unitId: dsi, name: 'Numérique', kind: 'direction', parentId: null, closed: false });
    await unit({ unitId: carrieres, name: 'Carrières', kind: 'service', parentId: drh, closed: false });
    await agent({ agentId: lea, firstName: 'Léa', nameInUse: 'Petit', postTitle: 'Gestionnaire', unitId: carrieres, managerId: helene, status: 'active' });
    await unit({ unitId: paie, parentId: dgs });
    await agent({ agentId: karim, unitId: carrieres });
    await agent({ agentId: karim, managerId: lea });
    await agent({ agentId: helene, nameInUse: 'Roux-Martin' });
    await live.catchUp();

    // A departure, a unit closed and its people moved out, a renamed unit (nothing governance keeps).
    await unit({ unitId: reseau, name: 'Réseau', kind: 'unit', parentId: dsi, closed: false });
    await agent({ agentId: paul, firstName: 'Paul', nameInUse: 'Durand', postTitle: 'Technicien', unitId: reseau, managerId: maire, status: 'active' });
    await agent({ agentId: helene, status: 'departed' });
    await agent({ agentId: lea, managerId: maire, unitId: paie });
    await unit({ unitId: carrieres, closed: true });
    await agent({ agentId: karim, unitId: paie, status: 'on_leave' });
    await unit({ unitId: reseau, parentId: drh });
    await unit({ unitId: dsi, name: 'Direction du numérique' });

    await expectRebuildEqualsIncremental(live, () => rebuildProjection(db.pool, store, projection));
  });
});
