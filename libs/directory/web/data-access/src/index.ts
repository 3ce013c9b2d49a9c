export {
  DirectoryApi,
  type AgentChanges,
  type AgentSearchCriteria,
  type AgentSearchFilters,
  type ListedStatus,
  type TeamMember,
} from './lib/directory.api';
export { AGENT_PROFILE_SECTIONS, type AgentProfileSection } from './lib/agent-profile-sections';
export { AgentSearchStore, NO_FILTERS, type AgentSearchState } from './lib/agent-search.store';
export { AgentProfileStore, type ProfileLoadError } from './lib/agent-profile.store';
export { AgentHrStore } from './lib/agent-hr.store';
export { AgentTeamStore, type AgentTeamState } from './lib/agent-team.store';
export { OrgUnitsStore } from './lib/org-units.store';
export { openDirections, servicesOf, unitsByDirection, type DirectionGroup, type UnitOption } from './lib/org-unit-tree';
export { OrgChartStore } from './lib/org-chart.store';
export { visibleOrgTree, type OrgChartAgent, type OrgTreeUnit } from './lib/org-chart-tree';
export { ImportApi } from './lib/import.api';
export { ImportStore, type ImportPhase } from './lib/import.store';
export type {
  ImportFieldChange,
  ImportIssue,
  ImportJob,
  ImportJobStatus,
  ImportRow,
  ImportRowOutcome,
  ImportSummary,
  ImportWithheld,
} from './lib/import.model';
