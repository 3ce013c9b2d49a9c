export { ChooseFieldSharingCommand, RecordCommitteeDecisionCommand } from './lib/governance.commands';
export { GOVERNANCE_HANDLERS } from './lib/governance.handlers';
export { evolveReportingLine, evolveUnitPlace } from './lib/reporting-lines/reporting-lines.projection';
export type { ReportingLineRow, UnitPlaceRow } from './lib/reporting-lines/reporting-lines.projection';
