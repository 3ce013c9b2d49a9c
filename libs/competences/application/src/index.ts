export * from './lib/competences.commands';
export { COMPETENCES_HANDLERS } from './lib/competences.handlers';
export { COMPETENCES_READ_MODEL } from './lib/ports';
export type { CompetencesReadModel, SkillMatch, SkillSearch, SkillSummary } from './lib/ports';
export { STAFFING_READ_MODEL, TeamBuilder, teamProposalStreamId } from './lib/team-builder.use-case';
export type { StaffingData, StaffingReadModel } from './lib/team-builder.use-case';
export { GetSkillHistoryHandler, GetSkillHistoryQuery } from './lib/skill-history/skill-history.query-handler';
export { SYSTEM_ACTOR, skillHistoryOf } from './lib/skill-history/skill-history';
