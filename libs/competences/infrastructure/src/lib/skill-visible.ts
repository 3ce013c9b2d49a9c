import { agentSkillsStreamId } from '@maillage/competences/domain';
import { AGENTS_BELOW_SQL_FUNCTION, SKILL_VISIBLE_SQL_FUNCTION, SkillPurpose, Viewer } from '@maillage/governance/contracts';
import { parkedStreamsSql } from '@maillage/shared/event-store';

/**
 * Governance's published decision on who sees a declared skill, called on the rows of
 * `competences_agent_skills s` (results and counts alike). What competences adds is its own
 * knowledge: whether its copy of the agent's scopes is current — not while its projection has an
 * event of that agent's skills parked. Both sub-selects are uncorrelated: evaluated once per
 * statement (hashed), not per row.
 */
export function skillVisible(viewer: Viewer, purpose: SkillPurpose, firstParam: number): { readonly sql: string; readonly params: readonly unknown[] } {
  const viewerParam = `$${firstParam}::uuid`;
  const scopeCurrent = `('${agentSkillsStreamId('')}' || s.agent_id) NOT IN (${parkedStreamsSql('competences')})`;
  const belowViewer = `s.agent_id IN (SELECT ${AGENTS_BELOW_SQL_FUNCTION}(${viewerParam}))`;
  return {
    sql: `${SKILL_VISIBLE_SQL_FUNCTION}(${viewerParam}, $${firstParam + 1}::text, s.agent_id, s.scope, ${scopeCurrent}, ${belowViewer})`,
    params: [viewer.agentId, purpose],
  };
}
