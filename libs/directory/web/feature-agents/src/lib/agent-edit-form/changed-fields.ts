import type { EditableAgentField } from '@maillage/directory/contracts';
import type { AgentChanges } from '@maillage/directory/web/data-access';

/**
 * Only what the user actually changed, so an untouched field never overwrites a
 * concurrent edit. Blank means "remove" (null); surrounding spaces are dropped.
 * Serves the profile form and the HR form alike.
 */
export function changedFields<F extends EditableAgentField>(
  current: { readonly [K in F]?: string | null },
  fields: readonly F[],
  values: Partial<Record<F, string>>,
): AgentChanges {
  const changes: AgentChanges = {};
  for (const field of fields) {
    const next = values[field]?.trim() || null;
    const previous = current[field] || null;
    if (next !== previous) changes[field] = next;
  }
  return changes;
}
