import { agentSkillsStreamId } from '@maillage/competences/domain';
import { SKILL_VISIBLE_SQL_FUNCTION, SkillPurpose, Viewer } from '@maillage/governance/contracts';
import { parkedStreamsSql } from '@maillage/shared/event-store';

/**
 * Governance's published decision on who sees a declared skill, called on the rows of
 * `competences_agent_skills s` (results and counts alike). What competences adds is its own
 * knowledge: whether its copy of the agent's scopes is current — not while its projection has an
 * event of that agent's skills parked (the sub-select is evaluated once per statement).
 */
export function skillVisible(viewer: Viewer, purpose: SkillPurpose, firstParam: number): { readonly sql: string; readonly params: readonly unknown[] } {
  const scopeCurrent = `('${agentSkillsStreamId('')}' || s.agent_id) NOT IN (${parkedStreamsSql('competences')})`;
  return {
    sql: `${SKILL_VISIBLE_SQL_FUNCTION}($${firstParam}::uuid, $${firstParam + 1}::text, s.agent_id, s.scope, ${scopeCurrent})`,
    params: [viewer.agentId, purpose],
  };
}
