import { randomUUID } from 'node:crypto';
import type { DirectoryIntegrationEvent } from '@maillage/directory/contracts';
import { EVENT_STORE_MIGRATIONS, PostgresEventStore, rebuildProjection } from '@maillage/shared/event-store';
import { createTestDatabase, expectRebuildEqualsIncremental, IncrementalProjection, SearchPrerequisites, TestDatabase } from '@maillage/shared/testing';
import { COMPETENCES_MIGRATIONS } from '../competences.migration';
import { CompetencesOrganisationProjection } from './organisation-copy.projection';

let db: TestDatabase;
let store: PostgresEventStore;
beforeAll(async () => {
  db = await createTestDatabase([...EVENT_STORE_MIGRATIONS, SearchPrerequisites, ...COMPETENCES_MIGRATIONS]);
  store = new PostgresEventStore(db.pool);
});
afterAll(() => db.drop());

/**
 * The directory's published events, stored as its translator hands them over (in the envelope of
 * the domain event they come from): the consumer is what is checked here.
 */
const publish = (...events: DirectoryIntegrationEvent[]) =>
  Promise.all(
    events.map((event) => {
      const streamId = event.type === 'directory.AgentChanged' ? `agent-${event.data.agentId}` : `orgunit-${event.data.unitId}`;
      const metadata = { actorId: 'acc-hr', roles: ['hr'], correlationId: randomUUID(), causationId: null, occurredAt: new Date().toISOString() };
      return store.append(streamId, [{ eventId: randomUUID(), ...event, metadata }], 'any');
    }),
  );
const unitChanged = (data: Extract<DirectoryIntegrationEvent, { type: 'directory.OrgUnitChanged' }>['data']) => ({ type: 'directory.OrgUnitChanged' as const, data });
const agentChanged = (data: Extract<DirectoryIntegrationEvent, { type: 'directory.AgentChanged' }>['data']) => ({ type: 'directory.AgentChanged' as const, data });

const [culture, sports, musees, bibliotheque, piscine] = Array.from({ length: 5 }, () => randomUUID());
const [ines, marc, sofia, theo] = Array.from({ length: 4 }, () => randomUUID());

describe('competences organisation copy, rebuilt from zero', () => {
  it('gives exactly the people, units and directions the live runner built batch by batch, over moves of whole subtrees', async () => {
    const projection = new CompetencesOrganisationProjection();
    const live = new IncrementalProjection(db.pool, store, projection, 2);

    // One event per append, in this order (each `publish` of several runs them side by side: streams interleave).
    await publish(unitChanged({ unitId: culture, name: 'Culture', kind: 'direction', parentId: null, closed: false }));
    await publish(unitChanged({ unitId: sports, name: 'Sports', kind: 'direction', parentId: null, closed: false }));
    await publish(unitChanged({ unitId: musees, name: 'Musées', kind: 'service', parentId: culture, closed: false }));
    await publish(unitChanged({ unitId: bibliotheque, name: 'Bibliothèque', kind: 'unit', parentId: musees, closed: false }));
    await publish(
      agentChanged({ agentId: ines, firstName: 'Inès', nameInUse: 'Élan', postTitle: 'Médiatrice', unitId: bibliotheque, managerId: null, status: 'active' }),
      agentChanged({ agentId: marc, firstName: 'Marc', nameInUse: 'Öztürk', postTitle: 'Conservateur', unitId: musees, managerId: null, status: 'active' }),
    );
    await live.catchUp();

    // A service moves with its subtree to another direction: the people below follow.
    await publish(unitChanged({ unitId: piscine, name: 'Piscine', kind: 'service', parentId: sports, closed: false }));
    await publish(agentChanged({ agentId: sofia, firstName: 'Sofia', nameInUse: 'Nguyen', postTitle: 'Maître-nageuse', unitId: piscine, managerId: null, status: 'active' }));
    await publish(unitChanged({ unitId: musees, parentId: sports }));
    await publish(agentChanged({ agentId: ines, nameInUse: 'Élan-Roy', postTitle: 'Responsable' }), unitChanged({ unitId: culture, name: 'Culture et patrimoine' }));
    await publish(agentChanged({ agentId: marc, unitId: piscine }));
    await live.catchUp();

    // Back again, a person moved into a unit in the same batch as the unit moves, a departure, a closure.
    await publish(agentChanged({ agentId: theo, firstName: 'Théo', nameInUse: 'Blanc', postTitle: 'Agent d’accueil', unitId: bibliotheque, managerId: null, status: 'active' }));
    await publish(unitChanged({ unitId: musees, parentId: culture }));
    await publish(agentChanged({ agentId: sofia, unitId: bibliotheque }));
    await publish(unitChanged({ unitId: bibliotheque, parentId: piscine }));
    await publish(agentChanged({ agentId: marc, status: 'departed' }), unitChanged({ unitId: piscine, closed: true }));
    await publish(agentChanged({ agentId: ines, unitId: null }));
    await live.catchUp();
    const { rows } = await db.pool.query('SELECT id, direction_id FROM competences_agents WHERE id = ANY($1::uuid[]) ORDER BY first_name', [[sofia, theo, ines]]);
    // The history did move people's directions: Inès has no unit left, Sofia and Théo followed the Bibliothèque to Sports.
    expect(rows).toEqual([{ id: ines, direction_id: null }, { id: sofia, direction_id: sports }, { id: theo, direction_id: sports }]);

    await expectRebuildEqualsIncremental(live, () => rebuildProjection(db.pool, store, projection));
  });
});
