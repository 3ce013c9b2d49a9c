import type { AgentProfile, EditableAgentField } from '@maillage/directory/contracts';
import type { AgentChanges } from '@maillage/directory/web/data-access';

/**
 * Only what the user actually changed, so an untouched field never overwrites a
 * concurrent edit. Blank means "remove" (null); surrounding spaces are dropped.
 */
export function changedFields(
  agent: AgentProfile,
  fields: readonly EditableAgentField[],
  values: Partial<Record<EditableAgentField, string>>,
): AgentChanges {
  const changes: AgentChanges = {};
  for (const field of fields) {
    const next = values[field]?.trim() || null;
    const previous = agent[field] || null;
    if (next !== previous) changes[field] = next;
  }
  return changes;
}
