export { skillDecider, skillStreamId } from './lib/skill';
export type { SkillCommand, SkillEvent, SkillState } from './lib/skill';
export { SKILL_LEVELS, SKILL_SCOPES, agentSkillsDecider, agentSkillsStreamId } from './lib/agent-skills';
export type { AgentSkillCommand, AgentSkillEvent, AgentSkillsState, DeclaredSkill, SkillLevel, SkillScope } from './lib/agent-skills';
export { upcastAgentSkillEvent } from './lib/agent-skill-upcaster';
export * from './lib/team-builder';
