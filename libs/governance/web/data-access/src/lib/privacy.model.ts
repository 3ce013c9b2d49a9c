import type { Audience, GovernedField, VisibilityRule } from '@maillage/governance/contracts';

/** One read of the agent's sensitive fields (GET /me/views): field names, never values. */
export interface SensitiveView {
  readonly occurredAt: string;
  readonly viewerAgentId: string | null;
  readonly viewerName: string | null;
  readonly fields: readonly string[];
  readonly purpose: string;
}

/** The audiences an agent may choose; `self` always sees their own data. */
export type ChoosableAudience = Exclude<Audience, 'self'>;
export const CHOOSABLE_AUDIENCES: readonly ChoosableAudience[] = ['hierarchy', 'hr', 'same_unit', 'everyone'];

/** Fields whose audience the agent chooses (PUT /me/sharing/{field}). */
export type AgentChosenField = 'diplomas' | 'experience';
export const CHOSEN_FIELDS: readonly AgentChosenField[] = ['diplomas', 'experience'];

export interface SharingChoice {
  readonly field: string;
  readonly audiences: readonly string[];
}

/** GET /governance/policy: `at` is null for the policy in force now. */
export interface PolicySnapshot {
  readonly at: string | null;
  readonly rules: readonly VisibilityRule[];
}

/** One entry of a profile's "Journal des modifications" (GET /agents/:id/changes). */
export interface ProfileChange {
  readonly occurredAt: string;
  readonly type: string;
  readonly field?: string;
  readonly from?: unknown;
  readonly to?: unknown;
  /** The values belong to a field this viewer may not see: they are left out. */
  readonly valuesHidden?: boolean;
  /** The account that made the change; `system` for the seed and imports. */
  readonly actorId?: string;
  readonly actorName: string | null;
  readonly reason: string | null;
}

/** One line of HR's audit (GET /governance/audit). */
export interface AuditEntry {
  readonly occurredAt: string;
  readonly viewerAccountId: string;
  readonly viewerAgentId: string | null;
  readonly viewerName: string | null;
  readonly subjectAgentId: string;
  readonly subjectName: string | null;
  readonly fields: readonly string[];
  readonly purpose: string;
  readonly requestId: string;
}

export const AUDIT_LIMITS = [100, 500, 1000] as const;

export interface AuditCriteria {
  readonly viewerAgentId: string | null;
  readonly subjectAgentId: string | null;
  readonly field: GovernedField | null;
  /** yyyy-mm-dd, both days included. */
  readonly from: string | null;
  readonly to: string | null;
  readonly limit: number;
}

/** Reads of sensitive fields per direction and month: counts, never names. */
export interface AuditFigure {
  /** yyyy-mm */
  readonly month: string;
  readonly directionName: string | null;
  readonly reads: number;
  readonly fieldReads: number;
}

/** POST /governance/decisions */
export interface DecisionRequest {
  readonly decidedOn: string;
  readonly title: string;
  readonly participants: readonly string[];
  readonly rationale: string;
  readonly rules: readonly VisibilityRule[];
}
