import { AGENT_CHOSEN_FIELDS, Audience, GovernedField, Policy } from './visibility-policy';
import { SharingChoices } from './sharing-choice';

/** How the viewer relates to the agent whose data is shown. Computed fresh for every request. */
export interface Relation {
  readonly isSelf: boolean;
  /** The viewer is in the agent's manager chain (manager, their manager, …). */
  readonly isInHierarchy: boolean;
  readonly isHr: boolean;
  readonly sameUnit: boolean;
}

const holds = (audience: Audience, relation: Relation): boolean => {
  switch (audience) {
    case 'self':
      return relation.isSelf;
    case 'hierarchy':
      return relation.isInHierarchy;
    case 'hr':
      return relation.isHr;
    case 'same_unit':
      return relation.sameUnit;
    case 'everyone':
      return true;
  }
};

/**
 * The policy's answer for one field. The agent always sees their own data.
 * For agent-chosen fields, the audience is the intersection of what the
 * policy allows and what the agent chose (default: nobody else).
 */
export function maySee(field: GovernedField, relation: Relation, policy: Policy, choices: SharingChoices): boolean {
  if (relation.isSelf) return true;
  const allowed = policy[field];
  const audiences = AGENT_CHOSEN_FIELDS.includes(field) ? allowed.filter((a) => (choices[field] ?? []).includes(a)) : allowed;
  return audiences.some((audience) => holds(audience, relation));
}

/**
 * Whether a read of this field is recorded in the audit trail: every field
 * but those the policy shows to everyone (the directory basics by default),
 * which anyone may read anyway. Agent-chosen fields are always audited: even
 * shared with everyone, the agent asked to know who looked.
 */
export function isAudited(field: GovernedField, policy: Policy): boolean {
  return AGENT_CHOSEN_FIELDS.includes(field) || !policy[field].includes('everyone');
}
