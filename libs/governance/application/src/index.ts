export { ChooseFieldSharingCommand, RecordCommitteeDecisionCommand } from './lib/governance.commands';
export { GOVERNANCE_HANDLERS } from './lib/governance.handlers';
