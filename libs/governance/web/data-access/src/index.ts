export { canRecordDecision, canSearchAudit, canSeeAuditFigures } from './lib/viewer-roles';
export { PrivacyApi } from './lib/privacy.api';
export { GovernanceApi } from './lib/governance.api';
export { FileSaver } from './lib/file-saver';
export { PrivacyDownloads, PERSONAL_DATA_FILENAME, AUDIT_CSV_FILENAME, type DownloadOutcome } from './lib/downloads';
export { MyViewsStore, VIEWS_PAGE_SIZE } from './lib/my-views.store';
export { SharingStore } from './lib/sharing.store';
export { ProfileChangesStore } from './lib/profile-changes.store';
export { AuditSearchStore } from './lib/audit-search.store';
export { CommitteeStore } from './lib/committee.store';
export { allowedAudiences, chosenAudiences, effectiveAudiences, sameAudiences } from './lib/sharing';
export { auditParams, auditPeriodError, nextDay } from './lib/audit-query';
export {
  DECISION_LIMITS,
  decisionDraftErrors,
  decisionRequestOf,
  parseParticipants,
  type DecisionDraft,
  type DecisionDraftErrors,
  type DecisionDraftField,
} from './lib/decision-draft';
export {
  AUDIT_LIMITS,
  CHOOSABLE_AUDIENCES,
  CHOSEN_FIELDS,
  type AgentChosenField,
  type AuditCriteria,
  type AuditEntry,
  type AuditFigure,
  type ChoosableAudience,
  type DecisionRequest,
  type PolicySnapshot,
  type ProfileChange,
  type SensitiveView,
  type SharingChoice,
} from './lib/privacy.model';
