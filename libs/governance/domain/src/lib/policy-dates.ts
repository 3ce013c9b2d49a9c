import { Audience, GovernedField, INITIAL_POLICY, Policy, PolicyEvent, VisibilityRule } from './visibility-policy';

/**
 * A committee decision as the policy needs it: the day it applies from and
 * its rules. Listed in recording order (the order of the policy stream).
 */
export interface DatedDecision {
  readonly decidedOn: string;
  readonly rules: readonly VisibilityRule[];
}

/**
 * The policy in force on `day` (yyyy-mm-dd): the initial policy, then every
 * decision dated on or before that day, by date and, within a day, in the
 * order they were recorded; a later decision on a field replaces the earlier.
 * A decision recorded late but dated earlier takes its place in time, and one
 * dated in the future waits for its day. The one function the enforced policy
 * and the replay (`?at=`) both use, so they cannot disagree.
 */
export function policyOn(day: string, decisions: readonly DatedDecision[], initial: Policy = INITIAL_POLICY): Policy {
  const inForce = decisions
    .map((decision, recorded) => ({ decision, recorded }))
    .filter(({ decision }) => decision.decidedOn <= day)
    .sort((a, b) => (a.decision.decidedOn < b.decision.decidedOn ? -1 : a.decision.decidedOn > b.decision.decidedOn ? 1 : a.recorded - b.recorded));
  const policy: Record<GovernedField, readonly Audience[]> = { ...initial };
  for (const { decision } of inForce) {
    for (const rule of decision.rules) {
      if (rule.field in policy) policy[rule.field] = [...new Set(rule.audiences.filter((a) => a !== 'self'))];
    }
  }
  return policy;
}

/** The decisions of the policy stream, in recording order, with the rules as the decider set them. */
export function decisionsOf(events: readonly PolicyEvent[]): DatedDecision[] {
  const decisions = new Map<string, { decidedOn: string; rules: VisibilityRule[] }>();
  for (const event of events) {
    if (event.type === 'CommitteeDecisionRecorded') decisions.set(event.data.decisionId, { decidedOn: event.data.decidedOn, rules: [] });
    else if (event.type === 'VisibilityRuleSet') decisions.get(event.data.decisionId)?.rules.push({ field: event.data.field, audiences: event.data.audiences });
  }
  return [...decisions.values()];
}
