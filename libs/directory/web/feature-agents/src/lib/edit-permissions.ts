import {
  EDITABLE_AGENT_FIELDS,
  EditableAgentField,
  SELF_EDITABLE_AGENT_FIELDS,
} from '@maillage/directory/contracts';
import type { CurrentAccount, Role } from '@maillage/identity/contracts';

const EDIT_ANY_PROFILE: readonly Role[] = ['hr', 'admin'];

/**
 * Which fields the viewer may change on this fiche. Only decides what the form
 * offers: the server enforces the same rule and answers 403 otherwise.
 */
export function editableFieldsFor(
  viewer: CurrentAccount | null,
  agentId: string,
): readonly EditableAgentField[] {
  if (!viewer) return [];
  if (viewer.roles.some((role) => EDIT_ANY_PROFILE.includes(role))) return EDITABLE_AGENT_FIELDS;
  if (viewer.agentId === agentId) return SELF_EDITABLE_AGENT_FIELDS;
  return [];
}
