export {
  AGENT_CHOSEN_FIELDS,
  AUDIENCES,
  GOVERNED_FIELDS,
  INITIAL_POLICY,
  POLICY_STREAM_ID,
  evolvePolicy,
  policyDecider,
} from './lib/visibility-policy';
export type { Audience, CommitteeDecisionData, GovernedField, Policy, PolicyCommand, PolicyEvent, PolicyState, VisibilityRule } from './lib/visibility-policy';
export { sharingDecider, sharingStreamId } from './lib/sharing-choice';
export type { SharingChoices, SharingCommand, SharingEvent } from './lib/sharing-choice';
export { maySee } from './lib/visibility';
export type { Relation } from './lib/visibility';
