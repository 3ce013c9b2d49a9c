import { Decider, DomainError, assertNever } from '@maillage/shared/kernel';

/** Mirrors governance contracts; the domain keeps its own copy so it depends on nothing. */
export const AUDIENCES = ['self', 'hierarchy', 'hr', 'same_unit', 'everyone'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const GOVERNED_FIELDS = ['employment', 'category', 'filiere', 'cadreEmplois', 'grade', 'matricule', 'hrCode', 'dgaCode', 'diplomas', 'experience'] as const;
export type GovernedField = (typeof GOVERNED_FIELDS)[number];

/** Fields whose audience the agent chooses, within the ceiling the policy sets. */
export const AGENT_CHOSEN_FIELDS: readonly GovernedField[] = ['diplomas', 'experience'];

export type Policy = Readonly<Record<GovernedField, readonly Audience[]>>;

/**
 * The steering committee's initial decision in the case: grade and catégorie
 * (and the career fields that go with them) to the hierarchy and HR; matricule
 * and HR/DGA codes to HR only; diplomas and experience up to the agent, who
 * may share them at most with everyone (default: only themself).
 */
export const INITIAL_POLICY: Policy = {
  employment: ['hierarchy', 'hr'],
  category: ['hierarchy', 'hr'],
  filiere: ['hierarchy', 'hr'],
  cadreEmplois: ['hierarchy', 'hr'],
  grade: ['hierarchy', 'hr'],
  matricule: ['hr'],
  hrCode: ['hr'],
  dgaCode: ['hr'],
  diplomas: ['hierarchy', 'hr', 'same_unit', 'everyone'],
  experience: ['hierarchy', 'hr', 'same_unit', 'everyone'],
};

export interface VisibilityRule {
  readonly field: GovernedField;
  readonly audiences: readonly Audience[];
}

export interface CommitteeDecisionData {
  readonly decisionId: string;
  readonly decidedOn: string;
  readonly title: string;
  readonly participants: readonly string[];
  readonly rationale: string;
  readonly rules: readonly VisibilityRule[];
}

export type PolicyEvent =
  | { readonly type: 'CommitteeDecisionRecorded'; readonly data: CommitteeDecisionData }
  | { readonly type: 'VisibilityRuleSet'; readonly data: VisibilityRule & { readonly decisionId: string } };

export type PolicyCommand = { readonly type: 'RecordCommitteeDecision'; readonly data: CommitteeDecisionData };

export interface PolicyState {
  readonly policy: Policy;
  readonly decisionIds: readonly string[];
}

/** One stream holds the whole policy: decisions are rare and must be strictly ordered. */
export const POLICY_STREAM_ID = 'visibilitypolicy-town-hall';

export function evolvePolicy(state: PolicyState, event: PolicyEvent): PolicyState {
  switch (event.type) {
    case 'CommitteeDecisionRecorded':
      return { ...state, decisionIds: [...state.decisionIds, event.data.decisionId] };
    case 'VisibilityRuleSet':
      return { ...state, policy: { ...state.policy, [event.data.field]: event.data.audiences } };
    default:
      return state;
  }
}

function decide(command: PolicyCommand, state: PolicyState): PolicyEvent[] {
  switch (command.type) {
    case 'RecordCommitteeDecision': {
      const d = command.data;
      if (state.decisionIds.includes(d.decisionId)) {
        throw new DomainError('GOVERNANCE.DECISION_EXISTS', 'conflict', 'Cette décision est déjà enregistrée.');
      }
      if (d.participants.length === 0 || !d.rationale.trim() || !d.title.trim()) {
        throw new DomainError('GOVERNANCE.DECISION_INCOMPLETE', 'invalid', 'Une décision du comité indique son titre, ses participants et sa justification.');
      }
      if (d.rules.length === 0) {
        throw new DomainError('GOVERNANCE.DECISION_WITHOUT_RULE', 'invalid', 'Une décision de visibilité fixe au moins une règle.');
      }
      const fields = new Set<string>();
      for (const rule of d.rules) {
        if (!(GOVERNED_FIELDS as readonly string[]).includes(rule.field)) {
          throw new DomainError('GOVERNANCE.UNKNOWN_FIELD', 'invalid', `Champ inconnu : « ${rule.field} ».`);
        }
        if (fields.has(rule.field)) throw new DomainError('GOVERNANCE.DUPLICATE_RULE', 'invalid', `Deux règles pour « ${rule.field} ».`);
        fields.add(rule.field);
        if (rule.audiences.some((a) => !(AUDIENCES as readonly string[]).includes(a))) {
          throw new DomainError('GOVERNANCE.UNKNOWN_AUDIENCE', 'invalid', 'Public inconnu dans une règle.');
        }
      }
      return [
        { type: 'CommitteeDecisionRecorded', data: d },
        ...d.rules.map((rule) => ({
          type: 'VisibilityRuleSet' as const,
          data: { field: rule.field, audiences: [...new Set(rule.audiences.filter((a) => a !== 'self'))], decisionId: d.decisionId },
        })),
      ];
    }
    default:
      return assertNever(command.type);
  }
}

export const policyDecider: Decider<PolicyCommand, PolicyEvent, PolicyState> = {
  decide,
  evolve: evolvePolicy,
  initialState: () => ({ policy: INITIAL_POLICY, decisionIds: [] }),
};
