import { deciderSpec } from '@maillage/shared/testing';
import { parisDay } from './calendar-day';
import { decisionsOf, policyOn } from './policy-dates';
import { CommitteeDecisionData, GovernedField, INITIAL_POLICY, PolicyEvent, policyDecider } from './visibility-policy';

const decision = (decisionId: string, decidedOn: string, field: GovernedField, audiences: CommitteeDecisionData['rules'][number]['audiences']): CommitteeDecisionData => ({
  decisionId,
  decidedOn,
  title: `Décision ${decisionId}`,
  participants: ['Présidente du comité', 'DRH'],
  rationale: 'Débattue en séance.',
  rules: [{ field, audiences }],
});

/**
 * given(decisions recorded in this order) · on(day) · then(the field's audiences):
 * the decisions go through the decider, so the rules are those the log holds.
 */
function given(...recorded: CommitteeDecisionData[]) {
  const events: PolicyEvent[] = [];
  for (const data of recorded) events.push(...policyDecider.decide({ type: 'RecordCommitteeDecision', data }, events.reduce(policyDecider.evolve, policyDecider.initialState())));
  return {
    on: (day: string) => ({
      then: (field: GovernedField, audiences: readonly string[]) => expect(policyOn(day, decisionsOf(events))[field]).toEqual(audiences),
    }),
  };
}

describe('a committee decision applies from its date', () => {
  const gradeToHr = decision('d-1', '2026-12-15', 'grade', ['hr']);

  it('does not apply the day before its date, even once recorded', () => {
    given(gradeToHr).on('2026-12-14').then('grade', INITIAL_POLICY.grade);
  });

  it('applies on the day itself and after', () => {
    given(gradeToHr).on('2026-12-15').then('grade', ['hr']);
    given(gradeToHr).on('2027-03-01').then('grade', ['hr']);
  });

  it('places a decision recorded later but dated earlier before the earlier-recorded one', () => {
    const later = decision('d-2', '2026-12-10', 'grade', ['hierarchy', 'hr', 'same_unit']);
    // d-1 (15th) recorded first, d-2 (10th) recorded second: from the 15th, d-1 is the newer decision.
    given(gradeToHr, later).on('2026-12-09').then('grade', INITIAL_POLICY.grade);
    given(gradeToHr, later).on('2026-12-10').then('grade', ['hierarchy', 'hr', 'same_unit']);
    given(gradeToHr, later).on('2026-12-14').then('grade', ['hierarchy', 'hr', 'same_unit']);
    given(gradeToHr, later).on('2026-12-15').then('grade', ['hr']);
  });

  it('orders two decisions of the same day as they were recorded', () => {
    const first = decision('d-1', '2026-12-15', 'workPhone', ['same_unit']);
    const second = decision('d-2', '2026-12-15', 'workPhone', ['everyone']);
    given(first, second).on('2026-12-15').then('workPhone', ['everyone']);
    given(second, first).on('2026-12-15').then('workPhone', ['same_unit']);
  });

  it('leaves the fields a decision does not name as they were', () => {
    given(gradeToHr).on('2026-12-15').then('matricule', INITIAL_POLICY.matricule);
  });

  it('never makes "self" part of a rule: the agent always sees their own data anyway', () => {
    given(decision('d-1', '2026-12-01', 'birthName', ['self', 'hr', 'hr'])).on('2026-12-01').then('birthName', ['hr']);
  });
});

describe('the day a decision is counted in: Europe/Paris', () => {
  it('turns at midnight in Paris, 23:00 UTC in winter and 22:00 UTC in summer', () => {
    expect(parisDay(new Date('2026-12-14T22:59:59Z'))).toBe('2026-12-14');
    expect(parisDay(new Date('2026-12-14T23:00:00Z'))).toBe('2026-12-15');
    expect(parisDay(new Date('2026-06-30T21:59:59Z'))).toBe('2026-06-30');
    expect(parisDay(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });
});

describe('a decision’s values, checked by the decider itself', () => {
  const spec = deciderSpec(policyDecider);
  const valid = decision('d-1', '2026-12-15', 'grade', ['hr']);
  const refuses = (data: unknown, code: string) => spec.given([]).when({ type: 'RecordCommitteeDecision', data: data as CommitteeDecisionData }).thenThrows(code);

  it('refuses a date that is not a day of the calendar', () => {
    refuses({ ...valid, decidedOn: '2026-02-30' }, 'GOVERNANCE.INVALID_DATE');
    refuses({ ...valid, decidedOn: '15/12/2026' }, 'GOVERNANCE.INVALID_DATE');
    refuses({ ...valid, decidedOn: null }, 'GOVERNANCE.INVALID_DATE');
  });

  it('refuses null or blank text and participants', () => {
    refuses({ ...valid, title: null }, 'GOVERNANCE.DECISION_INCOMPLETE');
    refuses({ ...valid, rationale: '   ' }, 'GOVERNANCE.DECISION_INCOMPLETE');
    refuses({ ...valid, participants: ['DRH', ' '] }, 'GOVERNANCE.DECISION_INCOMPLETE');
    refuses({ ...valid, participants: null }, 'GOVERNANCE.DECISION_INCOMPLETE');
    refuses({ ...valid, decisionId: '' }, 'GOVERNANCE.DECISION_INCOMPLETE');
  });

  it('refuses null rules, null audiences and unknown audiences', () => {
    refuses({ ...valid, rules: null }, 'GOVERNANCE.DECISION_WITHOUT_RULE');
    refuses({ ...valid, rules: [null] }, 'GOVERNANCE.UNKNOWN_FIELD');
    refuses({ ...valid, rules: [{ field: 'grade', audiences: null }] }, 'GOVERNANCE.UNKNOWN_AUDIENCE');
    refuses({ ...valid, rules: [{ field: 'grade', audiences: ['friends'] }] }, 'GOVERNANCE.UNKNOWN_AUDIENCE');
  });
});
