/**
 * Governance's published contracts: the one redaction point every context
 * calls before personal data leaves the server, and the shapes of the policy.
 */

/** Who may see a field. `self` always may; the others are granted by the policy. */
export const AUDIENCES = ['self', 'hierarchy', 'hr', 'same_unit', 'everyone'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * The sensitive HR fields (situation, catégorie, filière, cadre d'emplois, grade, matricule,
 * codes RH/DGA, diplômes, expérience). Governance owns the list: the directory's HR record, its
 * editable fields and the policy are all built from this one, so a field cannot be added to one
 * and left ungoverned in another.
 */
export const HR_FIELDS = ['employment', 'category', 'filiere', 'cadreEmplois', 'grade', 'matricule', 'hrCode', 'dgaCode', 'diplomas', 'experience'] as const;
export type HrField = (typeof HR_FIELDS)[number];

/**
 * Every piece of information a profile shows, whose audience the policy decides:
 * the directory basics (`name`: first name and name in use; `birthName`; `postTitle`;
 * `unit`: unit and direction; work contacts; start date) and the HR fields.
 */
export const GOVERNED_FIELDS = ['name', 'birthName', 'postTitle', 'unit', 'workEmail', 'workPhone', 'office', 'startDate', ...HR_FIELDS] as const;
export type GovernedField = (typeof GOVERNED_FIELDS)[number];

/** The directory basics among them: what a line of the annuaire (search, team, org chart) may carry. */
export const DIRECTORY_FIELDS = ['name', 'postTitle', 'unit', 'workEmail', 'workPhone', 'office', 'startDate'] as const satisfies readonly GovernedField[];

/** Fields whose audience the agent chooses (consent), within what the policy allows. */
export const AGENT_CHOSEN_FIELDS: readonly GovernedField[] = ['diplomas', 'experience'];

export interface VisibilityRule {
  readonly field: GovernedField;
  readonly audiences: readonly Audience[];
}

export interface CommitteeDecision {
  readonly decisionId: string;
  /** The day (yyyy-mm-dd, Europe/Paris) the decision applies from: a later day waits. */
  readonly decidedOn: string;
  readonly title: string;
  readonly participants: readonly string[];
  readonly rationale: string;
  readonly rules: readonly VisibilityRule[];
  /** True while `decidedOn` is still to come: the rules are recorded, not yet enforced. */
  readonly pending: boolean;
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
 * restricted field it lets through (a field the policy shows to everyone, such
 * as a name or a work phone by default, is read without an audit entry).
 */
export interface Redactor {
  redact<T extends Partial<Record<GovernedField, unknown>>>(
    viewer: Viewer,
    subjectAgentId: string,
    fields: T,
    purpose: string,
  ): Promise<Redacted<T>>;
  /**
   * The same for a list (search results, a team, an org chart level): one
   * policy read, the viewer's relation to every agent in one query, one audit
   * batch. Results in the order of `subjects`.
   */
  redactMany<T extends Partial<Record<GovernedField, unknown>>>(
    viewer: Viewer,
    subjects: readonly { readonly agentId: string; readonly fields: T }[],
    purpose: string,
  ): Promise<Redacted<T>[]>;
  /**
   * The fields a search by this viewer may match on (fail closed): those the
   * policy shows to everyone, and to HR those it shows to HR. A field shown
   * only to a hierarchy or a unit is matched for nobody, so a search never
   * reveals a value its results would hide.
   */
  searchableFields(viewer: Viewer): Promise<ReadonlySet<GovernedField>>;
}

/** Why skills are being read: browsing people, or composing a team (which may use "staffing only" skills). */
export type SkillPurpose = 'directory' | 'staffing';

/**
 * Who sees a declared skill: one decision, owned by governance and published as PostgreSQL
 * functions that governance migrates, which other contexts call by these names in their own
 * statements (never a copy of their logic, never governance's tables):
 *
 * `governance_skill_visible(viewer uuid, purpose text, agent uuid, scope text, scope_current boolean, below_viewer boolean) → boolean`
 *
 * True for the agent's own skills; else, when `scope_current` (the caller's copy of the agent's
 * scopes is up to date: false while it has an event of them parked, so it fails closed), for those
 * shared with everyone, for staffing (`purpose` = 'staffing') those shared for staffing, and those
 * shared with the hierarchy when `below_viewer`: the agent is in
 * `governance_agents_below(viewer uuid) → setof uuid` (the viewer's team at every level, in
 * governance's reporting lines, not through a line it has an event of parked), which the caller
 * asks as `agent IN (SELECT governance_agents_below(viewer))` so it is walked once per statement.
 * Inlined by PostgreSQL: results and counts stay one set-based statement.
 */
export const SKILL_VISIBLE_SQL_FUNCTION = 'governance_skill_visible';
/** See `SKILL_VISIBLE_SQL_FUNCTION`. */
export const AGENTS_BELOW_SQL_FUNCTION = 'governance_agents_below';

export interface Redacted<T> {
  /** Only the fields this viewer may see; the others are absent. */
  readonly shown: Partial<T>;
  /** The fields withheld, with who may see them (for "visible par …" hints). */
  readonly hidden: readonly { readonly field: GovernedField; readonly visibleTo: readonly Audience[] }[];
}
export const REDACTOR = Symbol.for('maillage.governance.Redactor');
