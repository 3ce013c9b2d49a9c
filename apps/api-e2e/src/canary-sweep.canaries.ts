import { randomBytes } from 'node:crypto';
import { AGENT_CHOSEN_FIELDS, GOVERNED_FIELDS, GovernedField, INITIAL_POLICY, Relation, maySee } from '@maillage/governance/domain';

/**
 * The canaries of the sweep and THE table of who may see each of them.
 * A canary is a unique string planted in one place; the sweep then reads every
 * GET answer as people outside its audience and fails if one shows up.
 */

export const SKILL_SCOPES = ['hidden', 'staffing', 'hierarchy', 'everyone'] as const;
export type SkillScope = (typeof SKILL_SCOPES)[number];

/**
 * What a canary stands for. Governed fields come from the governance domain, so a
 * field added to the policy without a canary here fails the coverage test below.
 */
export type CanaryKind = GovernedField | `skill:${SkillScope}` | 'publicPostTitle';

/** Where the observer reads from: only the team builder's own saved proposals may use "staffing only" skills. */
export interface Viewing {
  readonly relation: Relation;
  /** The answer is a team proposal this observer saved themself. */
  readonly ownProposal: boolean;
}

/** Neither shared by the agent nor decided by the committee: T keeps diplomas and experience to themself (the default). */
const NO_SHARING_CHOICE = {};

const governed = (field: GovernedField) => (v: Viewing) => maySee(field, v.relation, INITIAL_POLICY, NO_SHARING_CHOICE);

/**
 * Who may see each canary — derived from the committee's initial policy
 * (INITIAL_POLICY, through the domain's own `maySee`) and from the sharing scope
 * each skill was declared with (competences contracts: « staffing » is usable by
 * the team builder only, never shown when browsing people).
 */
export const MAY_SEE: Readonly<Record<CanaryKind, (v: Viewing) => boolean>> = {
  ...(Object.fromEntries(GOVERNED_FIELDS.map((field) => [field, governed(field)])) as Record<GovernedField, (v: Viewing) => boolean>),
  'skill:hidden': (v) => v.relation.isSelf,
  'skill:staffing': (v) => v.relation.isSelf || v.ownProposal,
  'skill:hierarchy': (v) => v.relation.isSelf || v.relation.isInHierarchy,
  'skill:everyone': () => true,
  // The self-check's canary: a post title is public, every signed-in colleague reads it.
  publicPostTitle: () => true,
};

/**
 * Governed fields that cannot carry a canary, with why. Every other governed
 * field of the policy must have one (checked by the spec).
 */
export const FIELDS_WITHOUT_CANARY: Readonly<Partial<Record<GovernedField, string>>> = {
  employment: 'an enumeration (titulaire | contractuel): no value is unique to the agent',
  category: 'an enumeration (A | B | C): no value is unique to the agent',
  // The directory basics the committee shows to everyone today: no observer is outside their audience.
  // Derived from the policy, so a field the committee restricts by default needs a canary again.
  ...Object.fromEntries(
    GOVERNED_FIELDS.filter((f) => INITIAL_POLICY[f].includes('everyone') && !AGENT_CHOSEN_FIELDS.includes(f)).map((f) => [
      f,
      'shown to everyone by the initial policy: no one may not see it (the self-check canary covers the scanner)',
    ]),
  ),
};

export interface Canary {
  /** e.g. `T.grade`: the target and the kind. */
  readonly name: string;
  readonly kind: CanaryKind;
  /** The agent the canary belongs to. */
  readonly ownerId: string;
  /** The planted value (for skills: the label). */
  readonly value: string;
  /** Lower-cased strings whose presence in a body is a sighting (the value, and for skills the id too). */
  readonly needles: readonly string[];
  /**
   * For skills, whose labels are public in the referential: a sighting needs
   * the owner too (id or name, in the body or the URL asked for).
   */
  readonly ownerRefs?: readonly string[];
}

/** A short random suffix, ASCII only (matricule format: letters, digits, dashes), unique per run. */
export const nonce = () => randomBytes(4).toString('hex');

export function valueCanary(name: string, kind: CanaryKind, ownerId: string, value: string): Canary {
  return { name, kind, ownerId, value, needles: [value.toLowerCase()] };
}

export function skillCanary(name: string, scope: SkillScope, ownerId: string, label: string, skillId: string, ownerRefs: readonly string[]): Canary {
  return { name, kind: `skill:${scope}`, ownerId, value: label, needles: [label.toLowerCase(), skillId.toLowerCase()], ownerRefs: ownerRefs.map((r) => r.toLowerCase()) };
}
