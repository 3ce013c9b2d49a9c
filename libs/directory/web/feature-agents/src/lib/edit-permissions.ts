import {
  AgentProfile,
  EDITABLE_AGENT_FIELDS,
  EditableAgentField,
  HR_AGENT_FIELDS,
  SELF_EDITABLE_AGENT_FIELDS,
} from '@maillage/directory/contracts';
import type { Role } from '@maillage/identity/contracts';
import { hasAnyRole, type ViewerAccount } from '@maillage/shared/web-util';

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
export function editableFieldsFor(viewer: ViewerAccount | null, agentId: string): readonly ProfileField[] {
  if (!viewer) return [];
  const allowed: readonly EditableAgentField[] = hasAnyRole(viewer, ...EDIT_ANY_PROFILE)
    ? EDITABLE_AGENT_FIELDS
    : viewer.agentId === agentId
      ? SELF_EDITABLE_AGENT_FIELDS
      : [];
  return PROFILE_FIELDS.filter((field) => allowed.includes(field));
}

/** The HR record is read (GET /agents/:id/hr) and edited by HR only, for now. */
export const canSeeHrRecord = (viewer: ViewerAccount | null) => hasAnyRole(viewer, 'hr');

/** Reporting line, unit and leave: HR and the DLSI. */
export const canManageOrganisation = (viewer: ViewerAccount | null) => hasAnyRole(viewer, 'hr', 'admin');

/** A departure is HR's to record. */
export const canRecordDeparture = (viewer: ViewerAccount | null) => hasAnyRole(viewer, 'hr');

/**
 * Of those, the ones whose current value the server sent: the visibility policy may
 * withhold one (a nom d'usage goes with the birth name, HR's and the agent's), and a
 * form cannot offer a field it cannot show, or the user would overwrite a value unseen.
 */
export function shownEditableFields(fields: readonly ProfileField[], agent: Partial<Pick<AgentProfile, ProfileField>>): readonly ProfileField[] {
  return fields.filter((field) => agent[field] !== undefined);
}
