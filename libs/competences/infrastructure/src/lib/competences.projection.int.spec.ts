import { randomUUID } from 'node:crypto';
import { EVENT_STORE_MIGRATIONS, PostgresEventStore, ProjectionRunner, ReadModelWaiter } from '@maillage/shared/event-store';
import { competencesStoredEvents } from '@maillage/competences/domain';
import { EventMetadata, LOG_START, LogPosition, UpcasterRegistry } from '@maillage/shared/kernel';
import { createTestDatabase, TestDatabase } from '@maillage/shared/testing';
import { QueryRunner } from 'typeorm';
import { COMPETENCES_MIGRATIONS } from './competences.migration';
import { CompetencesProjection } from './competences.projection';

const agentId = '3f1d2c4b-6a7e-4b8c-9d0e-1f2a3b4c5d6e';
const metadata: EventMetadata = { actorId: 'acc-1', actorAgentId: agentId, roles: ['agent'], correlationId: 'c', causationId: null, occurredAt: '2026-12-01T09:00:00Z' };

/** The competences tables' trigram index needs the extension the directory's migration creates in the app. */
class TrigramExtension {
  name = 'TestTrigramExtension1764576050000';
  async up(db: QueryRunner) {
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  }
  async down() {
    // Nothing to undo: the test database is dropped.
  }
}

let db: TestDatabase;
let store: PostgresEventStore;
beforeAll(async () => {
  db = await createTestDatabase([...EVENT_STORE_MIGRATIONS, TrigramExtension, ...COMPETENCES_MIGRATIONS]);
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
