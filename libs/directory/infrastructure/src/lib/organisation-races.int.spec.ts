import { randomUUID } from 'node:crypto';
import { AssignManagerCommand, CloseOrgUnitCommand, CreateOrgUnitCommand, MoveAgentToUnitCommand, RegisterAgentCommand } from '@maillage/directory/application';
import { AgentEvent, AgentRegisteredData, AgentState, OrgUnitEvent, OrgUnitState, agentDecider, agentStreamId, orgUnitDecider, orgUnitStreamId } from '@maillage/directory/domain';
import { DomainError, systemActor } from '@maillage/shared/kernel';
import { createTestDatabase } from '@maillage/shared/testing';
import { IMPORT_TEST_MIGRATIONS, ImportHarness, startImportHarness } from './import/import.test-kit';

/**
 * Invariants that span two streams, raced for real: two application instances on one
 * PostgreSQL (each with its own write-side state), or two commands in one instance. The
 * read model is caught up before each race, so a check made against it would pass on both sides.
 */
const ROUNDS = 50;
const actor = systemActor('races');
const HOME = '6a1c0000-0000-4000-8000-000000000001';

let first: ImportHarness;
let second: ImportHarness;
beforeAll(async () => {
  first = await startImportHarness(await createTestDatabase(IMPORT_TEST_MIGRATIONS));
  second = await startImportHarness(first.db, { owner: false });
  await first.commands.execute(new CreateOrgUnitCommand({ unitId: HOME, name: 'Direction des courses', kind: 'direction', parentId: null }, actor));
}, 60_000);
afterAll(async () => {
  await second?.close();
  await first?.close();
});

/** Even rounds race across the two instances, odd ones inside the first. */
const instancesFor = (round: number): [ImportHarness, ImportHarness] => (round % 2 === 0 ? [first, second] : [first, first]);

const registration = (agentId: string, unitId: string): AgentRegisteredData => ({
  agentId, firstName: 'Course', lastName: agentId.slice(0, 8), usualName: null, postTitle: 'Agent', unitId, managerId: null,
  workEmail: `${agentId}@mairie.test`, workPhone: null, office: null, startDate: null,
});

async function agentState(agentId: string): Promise<AgentState> {
  const events = await first.store.readStream(agentStreamId(agentId));
  return events.reduce((state, e) => agentDecider.evolve(state, { type: e.type, data: e.data } as AgentEvent), agentDecider.initialState());
}

async function unitState(unitId: string): Promise<OrgUnitState> {
  const events = await first.store.readStream(orgUnitStreamId(unitId));
  return events.reduce((state, e) => orgUnitDecider.evolve(state, { type: e.type, data: e.data } as OrgUnitEvent), orgUnitDecider.initialState());
}

const managerOf = (state: AgentState) => (state.kind === 'registered' ? state.managerId : undefined);
const unitOf = (state: AgentState) => (state.kind === 'registered' ? state.unitId : undefined);

async function readModelsShowEverything(): Promise<void> {
  if (!(await first.waiter.waitFor(await first.store.committedHeadPosition(), 30_000))) throw new Error('The directory projection did not catch up within 30 s');
}

/** A refusal is fine (a domain rule or a concurrent edit, each with its code); anything else fails the round. */
function refusalCode(result: PromiseSettledResult<unknown>): string | null {
  if (result.status === 'fulfilled') return null;
  if (result.reason instanceof DomainError) return result.reason.code;
  throw result.reason;
}

describe('Invariants across streams, raced', () => {
  it(`never lets A→B and B→A both stand: ${ROUNDS} races end without a reporting cycle, on the write side and in the read model`, async () => {
    const refusals = new Map<string, number>();
    for (let round = 0; round < ROUNDS; round++) {
      const [a, b] = [randomUUID(), randomUUID()];
      await first.commands.execute(new RegisterAgentCommand(registration(a, HOME), actor));
      await first.commands.execute(new RegisterAgentCommand(registration(b, HOME), actor));
      await readModelsShowEverything();

      const [left, right] = instancesFor(round);
      const results = await Promise.allSettled([
        left.commands.execute(new AssignManagerCommand(a, b, undefined, actor)),
        right.commands.execute(new AssignManagerCommand(b, a, undefined, actor)),
      ]);
      const codes = results.map(refusalCode);
      for (const code of codes) if (code) refusals.set(code, (refusals.get(code) ?? 0) + 1);
      expect(codes.filter((c) => c === null)).toHaveLength(1);

      const [stateA, stateB] = [await agentState(a), await agentState(b)];
      expect(managerOf(stateA) === b && managerOf(stateB) === a).toBe(false);
      await readModelsShowEverything();
      const { rows } = await first.db.pool.query<{ id: string; manager_id: string | null }>('SELECT id, manager_id FROM directory_agents WHERE id = ANY($1)', [[a, b]]);
      const managers = new Map(rows.map((r) => [r.id, r.manager_id]));
      expect(managers.get(a) === b && managers.get(b) === a).toBe(false);
      expect([managers.get(a), managers.get(b)]).toEqual([managerOf(stateA), managerOf(stateB)]);
    }
    // The losers were refused with a stable code: the cycle seen on the write side, or a concurrent edit.
    expect([...refusals.keys()].every((code) => ['DIRECTORY.REPORTING_CYCLE', 'DIRECTORY.ORGANISATION_BUSY'].includes(code))).toBe(true);
  }, 240_000);

  it(`never leaves an agent in a closed unit: ${ROUNDS} closes raced against a move into the unit`, async () => {
    const refusals = new Map<string, number>();
    for (let round = 0; round < ROUNDS; round++) {
      const [unit, agent] = [randomUUID(), randomUUID()];
      await first.commands.execute(new CreateOrgUnitCommand({ unitId: unit, name: `Service ${round}`, kind: 'service', parentId: HOME }, actor));
      await first.commands.execute(new RegisterAgentCommand(registration(agent, HOME), actor));
      await readModelsShowEverything();

      const [left, right] = instancesFor(round);
      const results = await Promise.allSettled([
        left.commands.execute(new CloseOrgUnitCommand(unit, actor)),
        right.commands.execute(new MoveAgentToUnitCommand(agent, unit, undefined, actor)),
      ]);
      const codes = results.map(refusalCode);
      for (const code of codes) if (code) refusals.set(code, (refusals.get(code) ?? 0) + 1);
      expect(codes.filter((c) => c === null)).toHaveLength(1);

      const closed = (await unitState(unit)).exists && (await unitState(unit) as { closed: boolean }).closed;
      expect(closed && unitOf(await agentState(agent)) === unit).toBe(false);
      await readModelsShowEverything();
      const { rows } = await first.db.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM directory_agents a JOIN directory_org_units u ON u.id = a.unit_id WHERE u.id = $1 AND u.closed AND a.status <> 'departed'`,
        [unit],
      );
      expect(rows[0].n).toBe(0);
    }
    expect([...refusals.keys()].every((code) => ['DIRECTORY.ORG_UNIT_CLOSED', 'DIRECTORY.ORG_UNIT_NOT_EMPTY', 'DIRECTORY.ORGANISATION_BUSY'].includes(code))).toBe(true);
  }, 240_000);
});
