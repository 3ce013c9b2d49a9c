/**
 * Governance's published contracts: the one redaction point every context
 * calls before personal data leaves the server, and the shapes of the policy.
 */

/** Who may see a field. `self` always may; the others are granted by the policy. */
export const AUDIENCES = ['self', 'hierarchy', 'hr', 'same_unit', 'everyone'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Personal fields whose audience the policy decides (the rest of a profile is public directory data). */
export const GOVERNED_FIELDS = [
  'employment', 'category', 'filiere', 'cadreEmplois', 'grade', 'matricule', 'hrCode', 'dgaCode', 'diplomas', 'experience',
] as const;
export type GovernedField = (typeof GOVERNED_FIELDS)[number];

/** Fields whose audience the agent chooses (consent), within what the policy allows. */
export const AGENT_CHOSEN_FIELDS: readonly GovernedField[] = ['diplomas', 'experience'];

export interface VisibilityRule {
  readonly field: GovernedField;
  readonly audiences: readonly Audience[];
}

export interface CommitteeDecision {
  readonly decisionId: string;
  readonly decidedOn: string;
  readonly title: string;
  readonly participants: readonly string[];
  readonly rationale: string;
  readonly rules: readonly VisibilityRule[];
  readonly recordedBy: string;
  readonly recordedAt: string;
}

/** Who is asking, as the server established it. */
export interface Viewer {
  readonly accountId: string;
  readonly agentId: string | null;
  readonly roles: readonly string[];
  readonly requestId: string;
}

/**
 * The one redaction point. Returns only the governed fields this viewer may
 * see (absent, not null, otherwise) and records an audit entry for every
 * sensitive field it lets through.
 */
export interface Redactor {
  redact<T extends Partial<Record<GovernedField, unknown>>>(
    viewer: Viewer,
    subjectAgentId: string,
    fields: T,
    purpose: string,
  ): Promise<Redacted<T>>;
}

/** Why skills are being read: browsing people, or composing a team (which may use "staffing only" skills). */
export type SkillPurpose = 'directory' | 'staffing';

/** A SQL condition and its parameters, to apply a visibility rule set-based (results and counts alike). */
export interface SqlCondition {
  readonly sql: string;
  readonly params: readonly unknown[];
}

export interface SkillVisibility {
  /**
   * The condition a row of declared skills must meet to be visible to this
   * viewer: the agent's own, those shared with everyone, those shared with the
   * hierarchy when the viewer is above the agent, and for staffing also those
   * shared for staffing. Hidden skills never pass, in results or in counts.
   */
  skillCondition(viewer: Viewer, purpose: SkillPurpose, columns: { readonly agentId: string; readonly scope: string }, firstParam: number): SqlCondition;
}
export const SKILL_VISIBILITY = Symbol.for('maillage.governance.SkillVisibility');

export interface Redacted<T> {
  /** Only the fields this viewer may see; the others are absent. */
  readonly shown: Partial<T>;
  /** The fields withheld, with who may see them (for "visible par …" hints). */
  readonly hidden: readonly { readonly field: GovernedField; readonly visibleTo: readonly Audience[] }[];
}
export const REDACTOR = Symbol.for('maillage.governance.Redactor');
