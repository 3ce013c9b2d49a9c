import type { CurrentAccount, Role } from '@maillage/identity/contracts';

const hasRole = (viewer: CurrentAccount | null, ...roles: readonly Role[]) => !!viewer?.roles.some((role) => roles.includes(role));

/** The audit of who saw what (GET /governance/audit) is HR's. */
export const canSearchAudit = (viewer: CurrentAccount | null) => hasRole(viewer, 'hr');

/** Only the steering committee records decisions; everyone else reads them. */
export const canRecordDecision = (viewer: CurrentAccount | null) => hasRole(viewer, 'committee');

/** Aggregate figures: committee and HR. */
export const canSeeAuditFigures = (viewer: CurrentAccount | null) => hasRole(viewer, 'committee', 'hr');
