import type { AgentProfile } from '@maillage/directory/contracts';
import type { AgentChanges } from '@maillage/directory/web/data-access';
import type { ProfileField } from '../edit-permissions';

/**
 * Only what the user actually changed, so an untouched field never overwrites a
 * concurrent edit. Blank means "remove" (null); surrounding spaces are dropped.
 */
export function changedFields(
  agent: AgentProfile,
  fields: readonly ProfileField[],
  values: Partial<Record<ProfileField, string>>,
): AgentChanges {
  const changes: AgentChanges = {};
  for (const field of fields) {
    const next = values[field]?.trim() || null;
    const previous = agent[field] || null;
    if (next !== previous) changes[field] = next;
  }
  return changes;
}
