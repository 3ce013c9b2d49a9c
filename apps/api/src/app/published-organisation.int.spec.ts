import { randomUUID } from 'node:crypto';
import { directoryProjections } from '@maillage/directory/infrastructure';
import { PostgresEventStore, Projection, ProjectionRunner, ReadModelWaiter, rebuildProjection } from '@maillage/shared/event-store';
import { EventMetadata, LOG_START, LogPosition } from '@maillage/shared/kernel';
import { createTestDatabase, TestDatabase } from '@maillage/shared/testing';
import { MIGRATIONS } from './database';
import { eventUpcasters } from './event-upcasters';
import { subscriptions } from './event-sourcing.module';

/**
 * The copies other contexts keep of the directory's people and units (competences' agents and
 * units, governance's reporting lines and units), fed from the log through the directory's
 * translator: they follow the directory's events, never hold a birth name behind a nom d'usage,
 * and a rebuild from zero gives exactly what was built incrementally.
 */
const metadata: EventMetadata = { actorId: 'hr-1', roles: ['hr'], correlationId: 'c', causationId: null, occurredAt: '2026-12-01T09:00:00Z' };
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [drh, dlsi, paie, reseaux] = [id(1), id(2), id(3), id(4)];
const [dgs, helene, paul] = [id(11), id(12), id(13)];

let db: TestDatabase;
let store: PostgresEventStore;
let lastAppended: LogPosition = LOG_START;
const copies: Projection[] = subscriptions();

beforeAll(async () => {
  db = await createTestDatabase(MIGRATIONS);
  store = new PostgresEventStore(db.pool, eventUpcasters);
});
afterAll(() => db.drop());

const append = async (streamId: string, type: string, data: unknown) => {
  lastAppended = (await store.append(streamId, [{ eventId: randomUUID(), type, data, metadata }], 'any')).logPosition;
};
const registered = (agentId: string, lastName: string, usualName: string | null, unitId: string | null, managerId: string | null) => ({
  agentId, firstName: 'Prénom', lastName, usualName, postTitle: 'Poste', unitId, managerId, workEmail: `${lastName}@x.fr`, workPhone: null, office: null, startDate: null,
});

/** Projects up to the last append in small batches (the directory first: the translator may read a registered name there). */
async function project(): Promise<void> {
  const projections = [...directoryProjections(), ...copies];
  const runner = new ProjectionRunner(db.pool, store, projections, { batchSize: 3, idleMs: 10 });
  try {
    runner.start();
    expect(await new ReadModelWaiter(db.pool, projections.map((p) => p.name), runner).waitFor(lastAppended, 20_000)).toBe(true);
  } finally {
    await runner.stop();
  }
}

const rows = async (table: string) => (await db.pool.query(`SELECT * FROM ${table} ORDER BY 1`)).rows;
const snapshot = async () => Object.fromEntries(await Promise.all(copies.flatMap((p) => p.readModelTables).map(async (t) => [t, await rows(t)] as const)));

describe("the directory's published people and units, as other contexts keep them", () => {
  beforeAll(async () => {
    await append(`orgunit-${drh}`, 'OrgUnitCreated', { unitId: drh, name: 'Direction des Ressources Humaines', kind: 'direction', parentId: null });
    await append(`orgunit-${dlsi}`, 'OrgUnitCreated', { unitId: dlsi, name: 'DLSI', kind: 'direction', parentId: null });
    await append(`orgunit-${paie}`, 'OrgUnitCreated', { unitId: paie, name: 'Service Paie', kind: 'service', parentId: drh });
    await append(`orgunit-${reseaux}`, 'OrgUnitCreated', { unitId: reseaux, name: 'Réseaux', kind: 'unit', parentId: paie });
    await append(`agent-${dgs}`, 'AgentRegistered', registered(dgs, 'Durand', null, null, null));
    await append(`agent-${helene}`, 'AgentRegistered', registered(helene, 'Müller', 'Roux', reseaux, dgs));
    await append(`agent-${paul}`, 'AgentRegistered', registered(paul, 'Martin', null, paie, helene));
    await project();
    // Later, in other batches: the nom d'usage goes (back to the birth name), a post, a move of a
    // unit to another direction, a rename, a new manager, a departure, a unit head (published to nobody).
    await append(`agent-${helene}`, 'AgentFieldChanged', { agentId: helene, field: 'usualName', from: 'Roux', to: null });
    await append(`agent-${helene}`, 'AgentFieldChanged', { agentId: helene, field: 'grade', from: null, to: 'Attaché' });
    await append(`agent-${paul}`, 'AgentFieldChanged', { agentId: paul, field: 'postTitle', from: 'Poste', to: 'Gestionnaire paie' });
    await append(`orgunit-${paie}`, 'OrgUnitMoved', { unitId: paie, fromParentId: drh, toParentId: dlsi });
    await append(`orgunit-${paie}`, 'OrgUnitRenamed', { unitId: paie, from: 'Service Paie', to: 'Service Paie et carrières' });
    await append(`orgunit-${paie}`, 'OrgUnitHeadAssigned', { unitId: paie, headAgentId: paul });
    await append(`agent-${paul}`, 'ManagerAssigned', { agentId: paul, managerId: dgs, previousManagerId: helene });
    await append(`agent-${helene}`, 'AgentDeparted', { agentId: helene, departedOn: '2026-11-30' });
    await append(`orgunit-${reseaux}`, 'OrgUnitClosed', { unitId: reseaux });
    await project();
  }, 60_000);

  it('gives competences the name in use, the post, the unit and its direction, the status', async () => {
    expect(await rows('competences_agents')).toEqual([
      expect.objectContaining({ id: dgs, first_name: 'Prénom', name_in_use: 'Durand', unit_id: null, direction_id: null, status: 'active', sort_name: 'durand prenom' }),
      expect.objectContaining({ id: helene, name_in_use: 'Müller', unit_id: reseaux, direction_id: dlsi, status: 'departed' }),
      expect.objectContaining({ id: paul, name_in_use: 'Martin', post_title: 'Gestionnaire paie', unit_id: paie, direction_id: dlsi, status: 'active' }),
    ]);
    expect(await rows('competences_units')).toEqual([
      expect.objectContaining({ id: drh, kind: 'direction', direction_id: drh, closed: false }),
      expect.objectContaining({ id: dlsi, direction_id: dlsi }),
      expect.objectContaining({ id: paie, name: 'Service Paie et carrières', parent_id: dlsi, direction_id: dlsi }),
      expect.objectContaining({ id: reseaux, parent_id: paie, direction_id: dlsi, closed: true }),
    ]);
  });

  it('never gives competences a birth name behind a nom d’usage, nor anything HR', async () => {
    const { rows: found } = await db.pool.query(`SELECT count(*)::int AS n FROM competences_agents a WHERE a::text LIKE '%Roux%' OR a::text LIKE '%Attaché%'`);
    expect(found[0].n).toBe(0);
    expect(Object.keys((await rows('competences_agents'))[0]).sort()).toEqual(
      ['direction_id', 'first_name', 'id', 'log_position', 'log_transaction', 'name_in_use', 'post_title', 'sort_name', 'status', 'unit_id'].sort(),
    );
  });

  it('gives governance the reporting lines, the units and who has left', async () => {
    expect(await rows('governance_reporting_lines')).toEqual([
      expect.objectContaining({ agent_id: dgs, manager_id: null, unit_id: null, departed: false }),
      expect.objectContaining({ agent_id: helene, manager_id: dgs, unit_id: reseaux, departed: true }),
      expect.objectContaining({ agent_id: paul, manager_id: dgs, unit_id: paie, departed: false }),
    ]);
    expect((await rows('governance_units')).map((u) => [u.id, u.parent_id, u.kind])).toEqual([
      [drh, null, 'direction'],
      [dlsi, null, 'direction'],
      [paie, dlsi, 'service'],
      [reseaux, paie, 'unit'],
    ]);
  });

  it('rebuilds each copy from zero to exactly the rows it had built incrementally', async () => {
    const incremental = await snapshot();
    for (const projection of copies) {
      const outcome = await rebuildProjection(db.pool, store, projection, { batchSize: 2 });
      expect(outcome).toMatchObject({ projection: projection.name, parked: 0 });
    }
    expect(await snapshot()).toEqual(incremental);
  });
});
