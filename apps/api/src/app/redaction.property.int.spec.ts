import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { AUDIENCES, Audience, GOVERNED_FIELDS, GovernedField } from '@maillage/governance/contracts';
import { AuditTrail, GovernanceOrganisationRelations, PolicyRedactor } from '@maillage/governance/infrastructure';
import { systemClock } from '@maillage/shared/kernel';
import { createTestDatabase, TestDatabase } from '@maillage/shared/testing';
import { PoolSql } from '@maillage/shared/event-store';
import { MIGRATIONS } from './database';
import { publishOrganisation } from './published-organisation.test-kit';

/**
 * Property: for random org trees, policies, sharing choices and (viewer,
 * agent) pairs, the one redaction point returns exactly the fields an
 * independent model of the rules allows — no more, no fewer — and audits
 * exactly the restricted ones it let through (a field shown to everyone is
 * read without an audit entry); its list form gives each agent of a list
 * what the single form gives them.
 */
let db: TestDatabase;
let redactor: PolicyRedactor;

beforeAll(async () => {
  db = await createTestDatabase(MIGRATIONS);
  const sql = new PoolSql(db.pool);
  const audit = new AuditTrail(sql, randomBytes(32), () => undefined);
  redactor = new PolicyRedactor(sql, new GovernanceOrganisationRelations(sql), systemClock, audit);
});
afterAll(async () => {
  await db.drop();
});

const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
const UNITS = [uuid(900), uuid(901), uuid(902)];

const world = fc
  .integer({ min: 2, max: 10 })
  .chain((n) =>
    fc.record({
      managers: fc.tuple(...Array.from({ length: n }, (_, i) => (i === 0 ? fc.constant(-1) : fc.integer({ min: 0, max: i - 1 })))),
      units: fc.array(fc.integer({ min: 0, max: UNITS.length - 1 }), { minLength: n, maxLength: n }),
      departed: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      policy: fc.record(Object.fromEntries(GOVERNED_FIELDS.map((f) => [f, fc.subarray([...AUDIENCES])])) as Record<GovernedField, fc.Arbitrary<Audience[]>>),
      diplomas: fc.subarray(['hierarchy', 'hr', 'same_unit', 'everyone'] as Audience[]),
      viewer: fc.integer({ min: 0, max: n - 1 }),
      subject: fc.integer({ min: 0, max: n - 1 }),
      viewerIsHr: fc.boolean(),
    }),
  );

type World = typeof world extends fc.Arbitrary<infer W> ? W : never;

async function install(w: World): Promise<void> {
  await db.pool.query('TRUNCATE governance_reporting_lines, governance_units, competences_agents, competences_units, governance_decisions, governance_sharing_choices');
  await publishOrganisation(
    db.pool,
    w.managers.map((m, i) => ({ id: uuid(i), managerId: m < 0 ? null : uuid(m), unitId: UNITS[w.units[i]], departed: w.departed[i] })),
  );
  // One decision, dated in the past, sets every field's rule: the policy in force today.
  await db.pool.query(
    `INSERT INTO governance_decisions (decision_id, decided_on, title, participants, rationale, rules, recorded_by, recorded_at, log_transaction, log_position)
     VALUES ('prop', '2020-01-01', 'Propriété', '{comité}', 'Essai', $1, 'comite', now(), 1, 1)`,
    [JSON.stringify(GOVERNED_FIELDS.map((field) => ({ field, audiences: w.policy[field] })))],
  );
  await db.pool.query('INSERT INTO governance_sharing_choices (agent_id, field, audiences, version) VALUES ($1, $2, $3, 0)', [uuid(w.subject), 'diplomas', w.diplomas]);
}

/** The rules restated independently of the production code. */
function expectedFields(w: World): GovernedField[] {
  if (w.viewer === w.subject) return [...GOVERNED_FIELDS];
  const ancestors = new Set<number>();
  for (let m = w.managers[w.subject]; m >= 0; m = w.managers[m]) ancestors.add(m);
  const holds = (a: Audience) =>
    a === 'everyone' ||
    (a === 'hr' && w.viewerIsHr) ||
    (a === 'hierarchy' && ancestors.has(w.viewer)) ||
    (a === 'same_unit' && w.units[w.viewer] === w.units[w.subject] && !w.departed[w.viewer]);
  return GOVERNED_FIELDS.filter((field) => {
    const allowed = field === 'diplomas' ? w.policy.diplomas.filter((a) => w.diplomas.includes(a)) : field === 'experience' ? [] : w.policy[field];
    return allowed.some(holds);
  });
}

it('returns exactly the fields the policy allows each viewer, and audits exactly those', async () => {
  await fc.assert(
    fc.asyncProperty(world, async (w) => {
      await install(w);
      const before = Number((await db.pool.query('SELECT count(*) AS n FROM governance_read_audit')).rows[0].n);
      const record = Object.fromEntries(GOVERNED_FIELDS.map((f) => [f, `valeur-${f}`]));
      const viewer = { accountId: `acc-${w.viewer}`, agentId: uuid(w.viewer), roles: w.viewerIsHr ? ['agent', 'hr'] : ['agent'], requestId: 'prop' };
      const { shown, hidden } = await redactor.redact(viewer, uuid(w.subject), record, 'property test');
      const expected = expectedFields(w);
      expect(Object.keys(shown).sort()).toEqual([...expected].sort());
      expect(hidden.map((h) => h.field).sort()).toEqual(GOVERNED_FIELDS.filter((f) => !expected.includes(f)).sort());
      const audit = await db.pool.query('SELECT fields FROM governance_read_audit WHERE seq > $1', [before]);
      const audited = expected.filter((f) => isAudited(w, f));
      if (w.viewer === w.subject || audited.length === 0) expect(audit.rows).toEqual([]);
      else expect(audit.rows.map((r: { fields: string[] }) => [...r.fields].sort())).toEqual([[...audited].sort()]);
    }),
    { numRuns: 60 },
  );
});

/** Restated: every field is audited but those shown to everyone, agent-chosen ones always. */
const isAudited = (w: World, field: GovernedField) => field === 'diplomas' || field === 'experience' || !w.policy[field].includes('everyone');

it('gives every agent of a list, in one call, what it gives each alone, and audits each agent once', async () => {
  await fc.assert(
    fc.asyncProperty(world, async (w) => {
      await install(w);
      const record = Object.fromEntries(GOVERNED_FIELDS.map((f) => [f, `valeur-${f}`]));
      const viewer = { accountId: `acc-${w.viewer}`, agentId: uuid(w.viewer), roles: w.viewerIsHr ? ['agent', 'hr'] : ['agent'], requestId: 'prop' };
      const subjects = w.managers.map((_, i) => ({ agentId: uuid(i), fields: record }));
      const before = Number((await db.pool.query('SELECT max(seq) AS n FROM governance_read_audit')).rows[0].n ?? 0);
      const listed = await redactor.redactMany(viewer, subjects, 'property test');
      const audit = await db.pool.query('SELECT subject_agent_id AS subject FROM governance_read_audit WHERE seq > $1', [before]);
      const alone = [];
      for (const s of subjects) alone.push(await redactor.redact(viewer, s.agentId, s.fields, 'property test'));
      expect(listed).toEqual(alone);
      const subjectsAudited = audit.rows.map((r: { subject: string }) => r.subject).sort();
      expect(new Set(subjectsAudited).size).toBe(subjectsAudited.length);
      expect(subjectsAudited).toEqual(
        subjects.filter((s, i) => i !== w.viewer && Object.keys(listed[i].shown).some((f) => isAudited(w, f as GovernedField))).map((s) => s.agentId).sort(),
      );
    }),
    { numRuns: 30 },
  );
});
