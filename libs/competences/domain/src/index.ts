export { skillDecider, skillStreamId } from './lib/skill';
export type { SkillCommand, SkillEvent, SkillState } from './lib/skill';
export { SKILL_LEVELS, SKILL_SCOPES, agentSkillsDecider, agentSkillsStreamId } from './lib/agent-skills';
export type { AgentSkillCommand, AgentSkillEvent, AgentSkillsState, DeclaredSkill, SkillLevel, SkillScope } from './lib/agent-skills';
export { COMPETENCES_EVENT_TYPES, COMPETENCES_EVENT_VERSIONS, competencesStoredEvents } from './lib/competences.stored-events';
export type { CompetencesEvent, CompetencesStoredEvents } from './lib/competences.stored-events';
export * from './lib/team-builder';
