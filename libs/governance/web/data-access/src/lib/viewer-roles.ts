import { hasAnyRole, ViewerAccount } from '@maillage/shared/web-util';

/** The audit of who saw what (GET /governance/audit) is HR's. */
export const canSearchAudit = (viewer: ViewerAccount | null) => hasAnyRole(viewer, 'hr');

/** Only the steering committee records decisions; everyone else reads them. */
export const canRecordDecision = (viewer: ViewerAccount | null) => hasAnyRole(viewer, 'committee');

/** Aggregate figures: committee and HR. */
export const canSeeAuditFigures = (viewer: ViewerAccount | null) => hasAnyRole(viewer, 'committee', 'hr');
