import { randomUUID } from 'node:crypto';
import { agentSkillsStreamId } from '@maillage/competences/domain';
import { PostgresCompetencesReadModel } from '@maillage/competences/infrastructure';
import { agentStreamId } from '@maillage/directory/domain';
import { createTestDatabase, TestDatabase } from '@maillage/shared/testing';
import { PoolSql } from '@maillage/shared/event-store';
import { MIGRATIONS } from './database';
import { publishOrganisation } from './published-organisation.test-kit';

/**
 * Fail closed: a parked event leaves a read model stale for its stream, so the
 * skill visibility condition withholds what that stream decides — an agent's
 * skills (competences) or the reporting line through an agent (governance's copy of the
 * directory's published lines).
 * The stream names come from the owning domains, so a rename there shows here.
 */
let db: TestDatabase;
let readModel: PostgresCompetencesReadModel;

const manager = '00000000-0000-4000-8000-000000000001';
const middle = '00000000-0000-4000-8000-000000000002';
const report = '00000000-0000-4000-8000-000000000003';
const colleague = '00000000-0000-4000-8000-000000000004';
const viewer = (agentId: string) => ({ accountId: `acc-${agentId}`, agentId, roles: ['agent', 'hr'], requestId: 'parked' });
const search = { text: 'sig', page: 1, pageSize: 100 };

beforeAll(async () => {
  db = await createTestDatabase(MIGRATIONS);
  readModel = new PostgresCompetencesReadModel(new PoolSql(db.pool));
  await db.pool.query(
    `INSERT INTO competences_skills (skill_id, label, domain, synonyms, search_text, search_vector, version)
     VALUES ('sig', 'SIG', 'Numérique', '{}', 'sig', to_tsvector('fr_unaccent', 'SIG'), 0)`,
  );
  const people = [[manager, null, null], [middle, manager, 'everyone'], [report, middle, 'hierarchy'], [colleague, null, null]] as const;
  await publishOrganisation(db.pool, people.map(([id, managerId]) => ({ id, managerId })));
  for (const [id, , scope] of people) {
    if (scope) {
      await db.pool.query(
        `INSERT INTO competences_agent_skills (agent_id, skill_id, declared_skill_id, level, wishes_to_develop, scope, version)
         VALUES ($1, 'sig', 'sig', 'pratique', false, $2, 0)`,
        [id, scope],
      );
    }
  }
});
afterAll(async () => {
  await db.drop();
});
afterEach(() => db.pool.query('DELETE FROM projection_parked_events'));

const park = (projection: string, streamId: string) =>
  db.pool.query(
    `INSERT INTO projection_parked_events (projection, event_id, stream_id, stream_version, transaction_id, position, type, error)
     VALUES ($1, $2, $3, 1, 1, 1, 'Parked', 'test')`,
    [projection, randomUUID(), streamId],
  );
const found = async (agentId: string) => (await readModel.searchAgents(viewer(agentId), search)).items.map((m) => m.agentId).sort();

describe('skills while a projection has parked events', () => {
  it('shows every scope as chosen when nothing is parked', async () => {
    expect(await found(colleague)).toEqual([middle]);
    expect(await found(manager)).toEqual([middle, report]);
  });

  it("withholds all of an agent's skills from everyone else, in results, counts and the fiche, while their skills stream is parked", async () => {
    await park('competences', agentSkillsStreamId(middle));
    const result = await readModel.searchAgents(viewer(colleague), search);
    expect(result.items).toEqual([]);
    expect(result.total).toBe(0);
    expect(await found(manager)).toEqual([report]);
    expect((await readModel.searchForStaffing(viewer(manager), search)).items.map((m) => m.agentId)).toEqual([report]);
    expect(await readModel.visibleSkillsOf(viewer(colleague), middle)).toEqual([]);
    // The agent still sees their own.
    expect((await readModel.visibleSkillsOf(viewer(middle), middle)).map((s) => s.skillId)).toEqual(['sig']);
    expect(await found(middle)).toEqual([middle, report]);
  });

  it('does not withhold an agent for a parked event of another stream or another projection', async () => {
    await park('competences', agentSkillsStreamId(colleague));
    await park('governance', agentSkillsStreamId(middle));
    // The directory's own read model is not what the visibility reads: its parked events change nothing here.
    await park('directory', agentStreamId(middle));
    expect(await found(colleague)).toEqual([middle]);
    expect(await found(manager)).toEqual([middle, report]);
  });

  it('no longer trusts a reporting line through an agent whose stream governance has an event of parked', async () => {
    await park('governance-organisation', agentStreamId(middle));
    expect(await found(manager)).toEqual([middle]);
    expect(await found(colleague)).toEqual([middle]);
  });
});
