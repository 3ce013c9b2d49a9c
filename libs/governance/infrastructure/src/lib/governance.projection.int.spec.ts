import { randomUUID } from 'node:crypto';
import { EVENT_STORE_MIGRATIONS, PostgresEventStore, rebuildProjection } from '@maillage/shared/event-store';
import {
  Audience, CommitteeDecisionData, governanceStoredEvents, GovernedField, POLICY_STREAM_ID, policyDecider, sharingDecider, sharingStreamId,
} from '@maillage/governance/domain';
import { EventMetadata, handleCommand, UpcasterRegistry } from '@maillage/shared/kernel';
import { createTestDatabase, expectRebuildEqualsIncremental, IncrementalProjection, TestDatabase } from '@maillage/shared/testing';
import { GOVERNANCE_MIGRATIONS } from './governance.migration';
import { GovernanceProjection } from './governance.projection';

const [anne, bruno, chloe] = ['4a1e0c2b-1d3f-4e5a-8b6c-7d8e9f0a1b2c', '5b2f1d3c-2e4a-4f6b-9c7d-8e9f0a1b2c3d', '6c3a2e4d-3f5b-4a7c-8d8e-9f0a1b2c3d4e'];

let db: TestDatabase;
let store: PostgresEventStore;
beforeAll(async () => {
  db = await createTestDatabase([...EVENT_STORE_MIGRATIONS, ...GOVERNANCE_MIGRATIONS]);
  store = new PostgresEventStore(db.pool, new UpcasterRegistry([governanceStoredEvents]));
});
afterAll(() => db.drop());

const context = (actorId: string, roles: string[]) => {
  const metadata: EventMetadata = { actorId, roles, correlationId: randomUUID(), causationId: null, occurredAt: new Date().toISOString() };
  return { metadata, newEventId: randomUUID };
};
/** A steering committee decision, through the policy's decider, as the committee's route records it. */
const decide = (data: Omit<CommitteeDecisionData, 'participants' | 'rationale'>) =>
  handleCommand(store, POLICY_STREAM_ID, policyDecider, {
    type: 'RecordCommitteeDecision',
    data: { ...data, participants: ['DGS', 'DRH', 'DPO'], rationale: `Comité de pilotage : ${data.title}.` },
  }, context('acc-committee', ['committee']));
/** An agent's own sharing choice, through its decider. */
const share = (agentId: string, field: GovernedField, audiences: Audience[]) =>
  handleCommand(store, sharingStreamId(agentId), sharingDecider, { type: 'ChooseFieldSharing', agentId, field, audiences }, context(`acc-${agentId}`, ['agent']));

describe('governance projection, rebuilt from zero', () => {
  it('gives exactly the rows the live runner built batch by batch, over policy changes and sharing choices', async () => {
    const projection = new GovernanceProjection();
    const live = new IncrementalProjection(db.pool, store, projection, 2);

    await decide({ decisionId: 'cp-2026-01', decidedOn: '2026-01-15', title: 'Politique initiale', rules: [
      { field: 'name', audiences: ['everyone'] }, { field: 'birthName', audiences: ['hr'] }, { field: 'grade', audiences: ['hierarchy', 'hr'] },
    ] });
    await share(anne, 'diplomas', ['hierarchy']);
    await share(bruno, 'experience', ['everyone', 'same_unit']);
    await share(anne, 'experience', ['hr', 'self']);
    await live.catchUp();

    // A change of policy dated later than it is recorded, choices changed and taken back meanwhile.
    await share(anne, 'diplomas', ['hierarchy', 'same_unit']);
    await decide({ decisionId: 'cp-2026-07', decidedOn: '2027-01-01', title: 'Grade visible du service', rules: [{ field: 'grade', audiences: ['hierarchy', 'hr', 'same_unit'] }] });
    await share(bruno, 'experience', []);
    await share(chloe, 'diplomas', ['everyone']);
    await decide({ decisionId: 'cp-2026-09', decidedOn: '2026-09-30', title: 'Téléphone restreint', rules: [{ field: 'workPhone', audiences: ['hierarchy', 'same_unit', 'self'] }] });
    await share(bruno, 'experience', ['hr']);
    await live.catchUp();

    await share(chloe, 'experience', ['hierarchy', 'hr', 'same_unit', 'everyone']);
    await decide({ decisionId: 'cp-2026-12', decidedOn: '2026-12-08', title: 'Nom de naissance', rules: [{ field: 'birthName', audiences: [] }, { field: 'office', audiences: ['everyone'] }] });
    await share(anne, 'diplomas', []);

    await expectRebuildEqualsIncremental(live, () => rebuildProjection(db.pool, store, projection));
  });
});
