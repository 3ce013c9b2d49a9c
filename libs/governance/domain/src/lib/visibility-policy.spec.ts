import fc from 'fast-check';
import { deciderSpec } from '@maillage/shared/testing';
import { sharingDecider } from './sharing-choice';
import { maySee, Relation } from './visibility';
import { AUDIENCES, Audience, CommitteeDecisionData, GOVERNED_FIELDS, INITIAL_POLICY, policyDecider } from './visibility-policy';

const decision: CommitteeDecisionData = {
  decisionId: 'd-2026-12',
  decidedOn: '2026-12-15',
  title: 'Grade visible du seul service RH',
  participants: ['Présidente du comité', 'Représentant CGT', 'DRH'],
  rationale: 'Les représentants du personnel ont demandé que le grade ne soit plus visible de la hiérarchie.',
  rules: [{ field: 'grade', audiences: ['hr'] }],
};

const nobody: Relation = { isSelf: false, isInHierarchy: false, isHr: false, sameUnit: false };

describe('visibility policy decisions', () => {
  const spec = deciderSpec(policyDecider);

  it('records a committee decision and the rules it sets', () => {
    spec.given([]).when({ type: 'RecordCommitteeDecision', data: decision }).then([
      { type: 'CommitteeDecisionRecorded', data: decision },
      { type: 'VisibilityRuleSet', data: { field: 'grade', audiences: ['hr'], decisionId: 'd-2026-12' } },
    ]);
  });

  it('refuses a decision without participants or rationale', () => {
    spec.given([]).when({ type: 'RecordCommitteeDecision', data: { ...decision, participants: [] } }).thenThrows('GOVERNANCE.DECISION_INCOMPLETE');
    spec.given([]).when({ type: 'RecordCommitteeDecision', data: { ...decision, rationale: ' ' } }).thenThrows('GOVERNANCE.DECISION_INCOMPLETE');
  });

  it('governs the birth name, for HR only by default, and the directory basics, for everyone', () => {
    expect(INITIAL_POLICY.birthName).toEqual(['hr']);
    for (const field of ['name', 'postTitle', 'unit', 'workEmail', 'workPhone', 'office', 'startDate'] as const) expect(INITIAL_POLICY[field]).toEqual(['everyone']);
  });

  it('refuses a rule on a field the policy does not govern', () => {
    spec.given([]).when({ type: 'RecordCommitteeDecision', data: { ...decision, rules: [{ field: 'unionMembership' as never, audiences: ['hr'] }] } }).thenThrows('GOVERNANCE.UNKNOWN_FIELD');
  });

  it('refuses to record the same decision twice', () => {
    spec.given([{ type: 'CommitteeDecisionRecorded', data: decision }]).when({ type: 'RecordCommitteeDecision', data: decision }).thenThrows('GOVERNANCE.DECISION_EXISTS');
  });
});

describe('who may see a field', () => {
  it('keeps the birth name from colleagues and the hierarchy, and shows it to HR', () => {
    expect(maySee('birthName', { ...nobody, sameUnit: true, isInHierarchy: true }, INITIAL_POLICY, {})).toBe(false);
    expect(maySee('birthName', { ...nobody, isHr: true }, INITIAL_POLICY, {})).toBe(true);
  });

  it('follows the committee’s initial decision: grade to hierarchy and HR, matricule to HR only', () => {
    expect(maySee('grade', { ...nobody, isInHierarchy: true }, INITIAL_POLICY, {})).toBe(true);
    expect(maySee('grade', { ...nobody, isHr: true }, INITIAL_POLICY, {})).toBe(true);
    expect(maySee('grade', { ...nobody, sameUnit: true }, INITIAL_POLICY, {})).toBe(false);
    expect(maySee('matricule', { ...nobody, isInHierarchy: true }, INITIAL_POLICY, {})).toBe(false);
    expect(maySee('matricule', { ...nobody, isHr: true }, INITIAL_POLICY, {})).toBe(true);
  });

  it('keeps diplomas private until the agent shares them, then within what they chose', () => {
    expect(maySee('diplomas', { ...nobody, isHr: true }, INITIAL_POLICY, {})).toBe(false);
    expect(maySee('diplomas', { ...nobody, sameUnit: true }, INITIAL_POLICY, { diplomas: ['same_unit'] })).toBe(true);
    expect(maySee('diplomas', nobody, INITIAL_POLICY, { diplomas: ['same_unit'] })).toBe(false);
  });

  const relation = fc.record({ isSelf: fc.boolean(), isInHierarchy: fc.boolean(), isHr: fc.boolean(), sameUnit: fc.boolean() });
  const audiences = fc.subarray([...AUDIENCES] as Audience[]);
  const policy = fc.record(Object.fromEntries(GOVERNED_FIELDS.map((f) => [f, audiences])) as Record<(typeof GOVERNED_FIELDS)[number], fc.Arbitrary<Audience[]>>);
  const field = fc.constantFrom(...GOVERNED_FIELDS);

  it('always lets agents see their own data, whatever the policy', () => {
    fc.assert(fc.property(field, policy, (f, p) => maySee(f, { ...nobody, isSelf: true }, p, {})));
  });

  it('never shows a field to someone no audience of the policy covers', () => {
    fc.assert(
      fc.property(field, relation, policy, fc.record({ diplomas: audiences, experience: audiences }), (f, r, p, choices) => {
        const covered = p[f].some((a) => (a === 'everyone') || (a === 'hr' && r.isHr) || (a === 'hierarchy' && r.isInHierarchy) || (a === 'same_unit' && r.sameUnit));
        return r.isSelf || covered || !maySee(f, r, p, choices);
      }),
    );
  });

  it('never shows an agent-chosen field to someone the agent did not choose', () => {
    fc.assert(
      fc.property(fc.constantFrom('diplomas' as const, 'experience' as const), relation, policy, audiences, (f, r, p, chosen) => {
        const choiceCovers = chosen.some((a) => a === 'everyone' || (a === 'hr' && r.isHr) || (a === 'hierarchy' && r.isInHierarchy) || (a === 'same_unit' && r.sameUnit));
        return r.isSelf || choiceCovers || !maySee(f, r, p, { [f]: chosen });
      }),
    );
  });
});

describe('sharing choices', () => {
  const spec = deciderSpec(sharingDecider);

  it('records an agent’s choice for their diplomas and ignores the same choice again', () => {
    spec.given([]).when({ type: 'ChooseFieldSharing', agentId: 'a-1', field: 'diplomas', audiences: ['same_unit', 'hierarchy'] }).then([
      { type: 'FieldSharingChosen', data: { agentId: 'a-1', field: 'diplomas', audiences: ['hierarchy', 'same_unit'] } },
    ]);
    spec
      .given([{ type: 'FieldSharingChosen', data: { agentId: 'a-1', field: 'diplomas', audiences: ['hierarchy', 'same_unit'] } }])
      .when({ type: 'ChooseFieldSharing', agentId: 'a-1', field: 'diplomas', audiences: ['same_unit', 'hierarchy'] })
      .then([]);
  });

  it('does not let an agent choose who sees their grade', () => {
    spec.given([]).when({ type: 'ChooseFieldSharing', agentId: 'a-1', field: 'grade', audiences: ['everyone'] }).thenThrows('GOVERNANCE.FIELD_NOT_AGENT_CHOSEN');
  });
});
