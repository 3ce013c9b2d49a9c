import { randomBytes, randomUUID } from 'node:crypto';
import { CommitteeDecisionData } from '@maillage/governance/domain';
import { Clock } from '@maillage/shared/kernel';
import { createTestDatabase, TestDatabase } from '@maillage/shared/testing';
import { AuditTrail } from './audit-trail';
import { GOVERNANCE_MIGRATIONS } from './governance.migration';
import { EVENT_STORE_MIGRATIONS, PoolSql } from '@maillage/shared/event-store';
import { GovernanceProjection } from './governance.projection';
import { PolicyRedactor } from './policy-redactor';
import { OrganisationRelations } from './reporting-lines/organisation-relations';

let db: TestDatabase;
let now = new Date();
let position = 0;
const clock: Clock = { now: () => now };
/** A colleague: no hierarchy, no unit in common. */
const relations: OrganisationRelations = {
  relationsBetween: async (_viewer, ids) => new Map(ids.map((id) => [id, { inManagerChain: false, sameUnit: false, subjectDirectionId: null }])),
};
const colleague = { accountId: 'acc-colleague', agentId: randomUUID(), roles: ['agent'], requestId: 'r' };
const subject = randomUUID();
let redactor: PolicyRedactor;

beforeAll(async () => {
  db = await createTestDatabase([...EVENT_STORE_MIGRATIONS, ...GOVERNANCE_MIGRATIONS]);
  const sql = new PoolSql(db.pool);
  redactor = new PolicyRedactor(sql, relations, clock, new AuditTrail(sql, randomBytes(32), () => undefined));
});
afterAll(async () => {
  await db?.drop();
});

/** A decision as the projection writes it from the log, recorded after every earlier one. */
async function record(decidedOn: string, rules: CommitteeDecisionData['rules']): Promise<void> {
  position += 1;
  const data: CommitteeDecisionData = { decisionId: `d-${position}`, decidedOn, title: 'Décision', participants: ['DRH'], rationale: 'Séance', rules };
  await new GovernanceProjection().apply(
    [{ type: 'CommitteeDecisionRecorded', data, streamId: 'p', streamVersion: position, eventId: randomUUID(), logPosition: { transaction: position, position }, metadata: { actorId: 'comite', roles: ['committee'], correlationId: 'c', causationId: null, occurredAt: now.toISOString() } }] as never,
    { query: (text: string, params?: unknown[]) => db.pool.query(text, params) } as never,
  );
}

const phoneSeen = async () => 'workPhone' in (await redactor.redact(colleague, subject, { workPhone: '01 23 45 67 89' }, 'test')).shown;

describe('the enforced policy follows the decisions’ days, counted in Europe/Paris', () => {
  it('applies a decision from midnight in Paris on its day, not before, with no job rewriting rules', async () => {
    now = new Date('2026-12-10T12:00:00Z');
    await record('2026-12-15', [{ field: 'workPhone', audiences: ['hr'] }]);
    expect(await phoneSeen()).toBe(true);
    now = new Date('2026-12-14T22:59:59Z'); // 23:59:59 in Paris on the 14th
    expect(await phoneSeen()).toBe(true);
    now = new Date('2026-12-14T23:00:00Z'); // midnight in Paris: the 15th
    expect(await phoneSeen()).toBe(false);
    expect(await redactor.currentPolicy()).toEqual(await redactor.policyOn('2026-12-15'));
  });

  it('gives a decision recorded later but dated earlier its place in time, enforced as replayed', async () => {
    now = new Date('2026-12-20T10:00:00Z');
    await record('2026-12-12', [{ field: 'workPhone', audiences: ['everyone'] }]);
    // From the 15th the decision dated the 15th is the newer: the phone stays restricted.
    expect(await phoneSeen()).toBe(false);
    expect((await redactor.policyOn('2026-12-13')).workPhone).toEqual(['everyone']);
    expect((await redactor.policyOn('2026-12-11')).workPhone).toEqual(['everyone']);
    expect((await redactor.policyOn('2026-12-15')).workPhone).toEqual(['hr']);
    expect(await redactor.currentPolicy()).toEqual(await redactor.policyOn('2026-12-20'));
  });
});
