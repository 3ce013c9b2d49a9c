import { randomUUID } from 'node:crypto';
import { EVENT_STORE_MIGRATIONS, PostgresEventStore, ProjectionRunner, ReadModelWaiter, rebuildProjection } from '@maillage/shared/event-store';
import {
  AgentSkillCommand, agentSkillsDecider, agentSkillsStreamId, competencesStoredEvents, SkillCommand, skillDecider, SkillLevel, SkillScope, skillStreamId,
} from '@maillage/competences/domain';
import { EventMetadata, handleCommand, LOG_START, LogPosition, UpcasterRegistry } from '@maillage/shared/kernel';
import { createTestDatabase, expectRebuildEqualsIncremental, IncrementalProjection, SearchPrerequisites, TestDatabase } from '@maillage/shared/testing';
import { COMPETENCES_MIGRATIONS } from './competences.migration';
import { CompetencesProjection } from './competences.projection';

const agentId = '3f1d2c4b-6a7e-4b8c-9d0e-1f2a3b4c5d6e';
const metadata: EventMetadata = { actorId: 'acc-1', actorAgentId: agentId, roles: ['agent'], correlationId: 'c', causationId: null, occurredAt: '2026-12-01T09:00:00Z' };

let db: TestDatabase;
let store: PostgresEventStore;
beforeAll(async () => {
  db = await createTestDatabase([...EVENT_STORE_MIGRATIONS, SearchPrerequisites, ...COMPETENCES_MIGRATIONS]);
  store = new PostgresEventStore(db.pool, new UpcasterRegistry([competencesStoredEvents]));
});
afterAll(() => db.drop());

let lastAppended: LogPosition = LOG_START;
/** Appends an event whose data is the JSON text exactly as the events table holds it, at version 1 (before the checks). */
const appendStored = async (type: string, json: string) => {
  const event = { eventId: randomUUID(), type, schemaVersion: 1, data: JSON.parse(json) as unknown, metadata };
  lastAppended = (await store.append(`agentskills-${agentId}`, [event], 'any')).logPosition;
};

async function project(): Promise<void> {
  const runner = new ProjectionRunner(db.pool, store, [new CompetencesProjection()], { batchSize: 2, idleMs: 10 });
  try {
    runner.start();
    // Without the store's upcasters, the NOT NULL column refused the batch and this never came true.
    expect(await new ReadModelWaiter(db.pool, ['competences'], runner).waitFor(lastAppended, 20_000)).toBe(true);
  } finally {
    await runner.stop();
  }
}

const skill = async (skillId: string) =>
  (await db.pool.query('SELECT scope, wishes_to_develop, level FROM competences_agent_skills WHERE agent_id = $1 AND declared_skill_id = $2', [agentId, skillId])).rows[0];

describe('competences projection, on events written before the deciders checked their input', () => {
  it('reads a stored null scope as hidden and a stored null wish as no wish, and goes on', async () => {
    await appendStored('AgentSkillDeclared', `{"level": "pratique", "scope": "everyone", "agentId": "${agentId}", "skillId": "sig", "wishesToDevelop": true}`);
    // The exact shapes `PATCH /api/me/skills/sig` with {"scope": null} / {"wishesToDevelop": null} appended.
    await appendStored('SkillSharingChanged', `{"scope": null, "agentId": "${agentId}", "skillId": "sig"}`);
    await appendStored('DevelopmentWishChanged', `{"agentId": "${agentId}", "skillId": "sig", "wishesToDevelop": null}`);
    // The agent's later choices still apply: the projection did not stall on the bad ones.
    await appendStored('AgentSkillDeclared', `{"level": null, "scope": "staffing", "agentId": "${agentId}", "skillId": "sql", "wishesToDevelop": false}`);
    await appendStored('SkillSharingChanged', `{"scope": null, "agentId": "${agentId}", "skillId": "sql"}`);
    await appendStored('SkillSharingChanged', `{"scope": "hierarchy", "agentId": "${agentId}", "skillId": "sql"}`);
    await project();

    expect(await skill('sig')).toEqual({ scope: 'hidden', wishes_to_develop: false, level: 'pratique' });
    expect(await skill('sql')).toEqual({ scope: 'hierarchy', wishes_to_develop: false, level: null });
  });
});

const [anne, bruno, chloe] = ['4a1e0c2b-1d3f-4e5a-8b6c-7d8e9f0a1b2c', '5b2f1d3c-2e4a-4f6b-9c7d-8e9f0a1b2c3d', '6c3a2e4d-3f5b-4a7c-8d8e-9f0a1b2c3d4e'];

const context = (actorAgentId: string | null) => {
  const metadata: EventMetadata = { actorId: 'acc-1', actorAgentId, roles: ['agent', 'admin'], correlationId: randomUUID(), causationId: null, occurredAt: new Date().toISOString() };
  return { metadata, newEventId: randomUUID };
};
/** The referential, through its decider, as the admin's routes drive it. */
const referential = (command: SkillCommand) => handleCommand(store, skillStreamId(command.skillId), skillDecider, command, context(null));
const define = (skillId: string, label: string, synonyms: string[] = []) => referential({ type: 'DefineSkill', skillId, label, domain: 'Numérique', synonyms });
/** An agent's own declarations, through the decider (the referential's answers given as the handler would read them). */
type Own = DistributiveOmit<AgentSkillCommand, 'agentId' | 'declarantAgentId'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
const agent = (agentId: string, command: Own) =>
  handleCommand(store, agentSkillsStreamId(agentId), agentSkillsDecider, { ...command, agentId, declarantAgentId: agentId } as AgentSkillCommand, context(agentId));
const declare = (agentId: string, skillId: string, level: SkillLevel | null, scope?: SkillScope) =>
  agent(agentId, { type: 'DeclareSkill', skill: { skillId, level, wishesToDevelop: false, scope }, skillIsActive: true });

describe('competences projection, rebuilt from zero', () => {
  it('gives exactly the rows the live runner built batch by batch, over merges, withdrawals and re-declarations', async () => {
    const projection = new CompetencesProjection();
    const live = new IncrementalProjection(db.pool, store, projection, 2);

    // A referential seeded, then agents declaring in turn (the declarations run set-based).
    await define('sig', 'SIG', ['cartographie numérique']);
    await define('cartographie', 'Cartographie');
    await define('sql', 'SQL');
    await define('postgresql', 'PostgreSQL', ['postgres']);
    await define('conduite-projet', 'Conduite de projet');
    await declare(anne, 'sig', 'pratique');
    await declare(bruno, 'cartographie', 'notions', 'staffing');
    await declare(anne, 'postgresql', 'maitrise', 'everyone');
    await declare(chloe, 'cartographie', null);
    await declare(bruno, 'sql', 'expertise', 'hierarchy');
    await live.catchUp();

    // Changes, then a merge: the duplicate's declarations now count for the survivor.
    await referential({ type: 'RenameSkill', skillId: 'sig', label: 'Systèmes d’information géographique' });
    await agent(anne, { type: 'UpdateSkill', skillId: 'sig', level: 'maitrise', scope: 'everyone', wishesToDevelop: true });
    await referential({ type: 'AddSkillSynonym', skillId: 'sig', synonym: 'géomatique' });
    await agent(bruno, { type: 'UpdateSkill', skillId: 'cartographie', scope: 'everyone' });
    await referential({ type: 'MergeSkill', skillId: 'cartographie', intoSkillId: 'sig', intoIsActive: true });
    await agent(chloe, { type: 'WithdrawSkill', skillId: 'cartographie' });
    await declare(chloe, 'sig', 'notions', 'staffing');
    await agent(bruno, { type: 'UpdateSkill', skillId: 'cartographie', level: 'pratique', wishesToDevelop: true });
    await live.catchUp();

    // Withdrawals and re-declarations around a second merge, a skill defined and declared in one batch.
    await agent(anne, { type: 'WithdrawSkill', skillId: 'postgresql' });
    await referential({ type: 'MergeSkill', skillId: 'postgresql', intoSkillId: 'sql', intoIsActive: true });
    await declare(anne, 'sql', 'pratique', 'everyone');
    await agent(bruno, { type: 'WithdrawSkill', skillId: 'sql' });
    await referential({ type: 'AddSkillSynonym', skillId: 'sql', synonym: 'requêtes' });
    await declare(bruno, 'sql', 'maitrise');
    await define('python', 'Python');
    await declare(chloe, 'python', 'notions', 'hierarchy');
    await referential({ type: 'RenameSkill', skillId: 'conduite-projet', label: 'Gestion de projet' });
    await agent(chloe, { type: 'UpdateSkill', skillId: 'python', wishesToDevelop: true, level: 'pratique' });
    await declare(anne, 'conduite-projet', 'expertise', 'everyone');

    await expectRebuildEqualsIncremental(live, () => rebuildProjection(db.pool, store, projection));
  });
});
