export {
  AGENT_CHOSEN_FIELDS,
  AUDIENCES,
  GOVERNED_FIELDS,
  INITIAL_POLICY,
  POLICY_STREAM_ID,
  evolvePolicy,
  policyDecider,
  ruleAudiences,
} from './lib/visibility-policy';
export type { Audience, CommitteeDecisionData, GovernedField, Policy, PolicyCommand, PolicyEvent, PolicyState, VisibilityRule } from './lib/visibility-policy';
export { decisionsOf, policyOn } from './lib/policy-dates';
export type { DatedDecision } from './lib/policy-dates';
export { isCalendarDay, parisDay } from './lib/calendar-day';
export { sharingDecider, sharingStreamId } from './lib/sharing-choice';
export type { SharingChoices, SharingCommand, SharingEvent } from './lib/sharing-choice';
export { isAudited, maySee } from './lib/visibility';
export type { Relation } from './lib/visibility';
export { GOVERNANCE_EVENT_TYPES, GOVERNANCE_EVENT_VERSIONS, governanceStoredEvents } from './lib/governance.stored-events';
export type { GovernanceEvent, GovernanceStoredEvents } from './lib/governance.stored-events';
