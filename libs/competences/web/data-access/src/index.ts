export { CompetencesApi } from './lib/competences.api';
export { ReferentialAdminStore } from './lib/referential-admin.store';
export { MySkillsStore } from './lib/my-skills.store';
export { VisibleSkillsStore } from './lib/visible-skills.store';
export { SkillSearchStore, SKILL_SEARCH_PAGE_SIZE, NO_SKILL_FILTERS, type SkillSearchState } from './lib/skill-search.store';
export { DirectionsStore } from './lib/directions.store';
export { SkillReferentialStore } from './lib/skill-referential.store';
export { TeamProposalsStore, type ProposeFailure } from './lib/team-proposals.store';
export {
  TEAM_LIMITS,
  directionsNote,
  hasErrors,
  teamDraftErrors,
  teamRequestOf,
  type ChosenAgent,
  type ChosenSkill,
  type RequirementDraft,
  type TeamDraft,
  type TeamDraftErrors,
} from './lib/team-draft';
export type {
  NewReferentialSkill,
  SkillChanges,
  SkillDeclaration,
  SkillSearchCriteria,
  SkillSearchFilters,
  SkillSearchResult,
  VisibleSkill,
} from './lib/competences.model';
