import fc from 'fast-check';
import { PostgresCompetencesReadModel } from '@maillage/competences/infrastructure';
import { createTestDatabase, TestDatabase } from '@maillage/shared/testing';
import { PoolSql } from '@maillage/shared/event-store';
import { MIGRATIONS } from './database';
import { publishOrganisation } from './published-organisation.test-kit';

/**
 * Property: whatever the org tree and the agents' sharing choices, a skill
 * search returns — in its rows and in its total — exactly the agents an
 * independent model of the scopes allows; a hidden skill is only ever seen by
 * its owner.
 */
let db: TestDatabase;
let readModel: PostgresCompetencesReadModel;

beforeAll(async () => {
  db = await createTestDatabase(MIGRATIONS);
  readModel = new PostgresCompetencesReadModel(new PoolSql(db.pool));
  await db.pool.query(
    `INSERT INTO competences_skills (skill_id, label, domain, synonyms, search_text, search_vector, version)
     VALUES ('sig', 'SIG', 'Numérique', '{}', 'sig', to_tsvector('fr_unaccent', 'SIG'), 0)`,
  );
});
afterAll(async () => {
  await db.drop();
});

const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
const SCOPES = ['hidden', 'staffing', 'hierarchy', 'everyone'] as const;

const world = fc.integer({ min: 2, max: 9 }).chain((n) =>
  fc.record({
    managers: fc.tuple(...Array.from({ length: n }, (_, i) => (i === 0 ? fc.constant(-1) : fc.integer({ min: 0, max: i - 1 })))),
    scopes: fc.array(fc.option(fc.constantFrom(...SCOPES), { nil: null }), { minLength: n, maxLength: n }),
    viewer: fc.integer({ min: 0, max: n - 1 }),
    staffing: fc.boolean(),
  }),
);

it('shows each declared skill exactly to those its scope allows, in results and counts', async () => {
  await fc.assert(
    fc.asyncProperty(world, async (w) => {
      await db.pool.query('TRUNCATE governance_reporting_lines, competences_agents, competences_agent_skills');
      await publishOrganisation(db.pool, w.managers.map((m, i) => ({ id: uuid(i), managerId: m < 0 ? null : uuid(m), lastName: `N${i}` })));
      for (let i = 0; i < w.managers.length; i++) {
        const scope = w.scopes[i];
        if (scope) {
          await db.pool.query(
            `INSERT INTO competences_agent_skills (agent_id, skill_id, declared_skill_id, level, wishes_to_develop, scope, version)
             VALUES ($1, 'sig', 'sig', 'pratique', false, $2, 0)`,
            [uuid(i), scope],
          );
        }
      }
      const isAbove = (viewer: number, agent: number) => {
        for (let m = w.managers[agent]; m >= 0; m = w.managers[m]) if (m === viewer) return true;
        return false;
      };
      const expected = w.scopes
        .map((scope, i) => ({ scope, i }))
        .filter(({ scope, i }) => scope !== null && (i === w.viewer || scope === 'everyone' || (scope === 'staffing' && w.staffing) || (scope === 'hierarchy' && isAbove(w.viewer, i))))
        .map(({ i }) => uuid(i))
        .sort();
      const viewer = { accountId: 'acc', agentId: uuid(w.viewer), roles: ['agent', 'hr', 'admin'], requestId: 'prop' };
      const search = { text: 'sig', page: 1, pageSize: 100 };
      const result = w.staffing ? await readModel.searchForStaffing(viewer, search) : await readModel.searchAgents(viewer, search);
      expect(result.items.map((m) => m.agentId).sort()).toEqual(expected);
      expect(result.total).toBe(expected.length);
      // Hidden skills: never anyone's but the owner's, whatever the viewer's roles.
      for (const m of result.items) {
        const owner = Number(m.agentId.slice(-12));
        if (w.scopes[owner] === 'hidden') expect(owner).toBe(w.viewer);
      }
    }),
    { numRuns: 80 },
  );
});
