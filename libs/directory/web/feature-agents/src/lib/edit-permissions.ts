import {
  AgentProfile,
  EDITABLE_AGENT_FIELDS,
  EditableAgentField,
  HR_AGENT_FIELDS,
  SELF_EDITABLE_AGENT_FIELDS,
} from '@maillage/directory/contracts';
import type { CurrentAccount, Role } from '@maillage/identity/contracts';

/** Editable fields whose current value the fiche (AgentProfile) carries. */
export type ProfileField = EditableAgentField & keyof AgentProfile;

/**
 * The HR fields are left out: their values come from the HR record, which only the
 * visibility policy may release. A form cannot offer a field it cannot show, or the
 * user would overwrite a value they never saw.
 */
export const PROFILE_FIELDS = EDITABLE_AGENT_FIELDS.filter(
  (field): field is ProfileField => !HR_AGENT_FIELDS.includes(field),
);

const EDIT_ANY_PROFILE: readonly Role[] = ['hr', 'admin'];

/**
 * Which fields of this fiche the viewer may change. Only decides what the form
 * offers: the server enforces the same rule and answers 403 otherwise.
 */
export function editableFieldsFor(viewer: CurrentAccount | null, agentId: string): readonly ProfileField[] {
  if (!viewer) return [];
  const allowed: readonly EditableAgentField[] = viewer.roles.some((role) => EDIT_ANY_PROFILE.includes(role))
    ? EDITABLE_AGENT_FIELDS
    : viewer.agentId === agentId
      ? SELF_EDITABLE_AGENT_FIELDS
      : [];
  return PROFILE_FIELDS.filter((field) => allowed.includes(field));
}
