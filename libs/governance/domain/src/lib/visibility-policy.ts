import { AGENT_CHOSEN_FIELDS, AUDIENCES, Audience, GOVERNED_FIELDS, GovernedField } from '@maillage/governance/contracts';
import { Decider, DomainError, assertNever } from '@maillage/shared/kernel';
import { isCalendarDay } from './calendar-day';

// The field names and audiences are governance's published language: one list, in its contracts.
export { AGENT_CHOSEN_FIELDS, AUDIENCES, GOVERNED_FIELDS };
export type { Audience, GovernedField };

export type Policy = Readonly<Record<GovernedField, readonly Audience[]>>;

/**
 * The steering committee's initial decision in the case: the directory basics
 * to everyone, but the birth name (divorce, transition) to HR only; grade and
 * catégorie (and the career fields that go with them) to the hierarchy and HR;
 * matricule and HR/DGA codes to HR only; diplomas and experience up to the
 * agent, who may share them at most with everyone (default: only themself).
 */
export const INITIAL_POLICY: Policy = {
  name: ['everyone'],
  birthName: ['hr'],
  postTitle: ['everyone'],
  unit: ['everyone'],
  workEmail: ['everyone'],
  workPhone: ['everyone'],
  office: ['everyone'],
  startDate: ['everyone'],
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
  /** The day (yyyy-mm-dd, Europe/Paris) from which the decision applies. */
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

/**
 * What the decider needs: which decisions exist. The policy in force on a
 * given day is not state but a function of the decisions and the day
 * (`policyOn`), since a decision may be dated after it is recorded.
 */
export interface PolicyState {
  readonly decisionIds: readonly string[];
}

/** One stream holds the whole policy: decisions are rare and must be strictly ordered. */
export const POLICY_STREAM_ID = 'visibilitypolicy-town-hall';

export function evolvePolicy(state: PolicyState, event: PolicyEvent): PolicyState {
  switch (event.type) {
    case 'CommitteeDecisionRecorded':
      return { ...state, decisionIds: [...state.decisionIds, event.data.decisionId] };
    default:
      return state;
  }
}

const incomplete = () =>
  new DomainError('GOVERNANCE.DECISION_INCOMPLETE', 'invalid', 'Une décision du comité indique son titre, ses participants et sa justification.');
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

/** The command comes from outside (HTTP, a script): every value is checked here too, null and blanks included. */
function checkDecision(d: CommitteeDecisionData): void {
  if (!isText(d.decisionId)) throw new DomainError('GOVERNANCE.DECISION_INCOMPLETE', 'invalid', 'Une décision du comité a un identifiant.');
  if (typeof d.decidedOn !== 'string' || !isCalendarDay(d.decidedOn)) {
    throw new DomainError('GOVERNANCE.INVALID_DATE', 'invalid', 'La date de la décision est un jour du calendrier au format AAAA-MM-JJ.');
  }
  if (!isText(d.title) || !isText(d.rationale) || !Array.isArray(d.participants) || d.participants.length === 0 || !d.participants.every(isText)) {
    throw incomplete();
  }
  if (!Array.isArray(d.rules) || d.rules.length === 0) {
    throw new DomainError('GOVERNANCE.DECISION_WITHOUT_RULE', 'invalid', 'Une décision de visibilité fixe au moins une règle.');
  }
  const fields = new Set<string>();
  for (const rule of d.rules) {
    if (rule === null || typeof rule !== 'object' || !(GOVERNED_FIELDS as readonly unknown[]).includes(rule.field)) {
      throw new DomainError('GOVERNANCE.UNKNOWN_FIELD', 'invalid', `Champ inconnu : « ${String(rule?.field)} ».`);
    }
    if (fields.has(rule.field)) throw new DomainError('GOVERNANCE.DUPLICATE_RULE', 'invalid', `Deux règles pour « ${rule.field} ».`);
    fields.add(rule.field);
    if (!Array.isArray(rule.audiences) || rule.audiences.some((a: unknown) => !(AUDIENCES as readonly unknown[]).includes(a))) {
      throw new DomainError('GOVERNANCE.UNKNOWN_AUDIENCE', 'invalid', 'Public inconnu dans une règle.');
    }
  }
}

/** `self` always sees their own data: it is never part of a rule. */
export const ruleAudiences = (audiences: readonly Audience[]): Audience[] => [...new Set(audiences.filter((a) => a !== 'self'))];

function decide(command: PolicyCommand, state: PolicyState): PolicyEvent[] {
  switch (command.type) {
    case 'RecordCommitteeDecision': {
      const d = command.data;
      checkDecision(d);
      if (state.decisionIds.includes(d.decisionId)) {
        throw new DomainError('GOVERNANCE.DECISION_EXISTS', 'conflict', 'Cette décision est déjà enregistrée.');
      }
      return [
        { type: 'CommitteeDecisionRecorded', data: d },
        ...d.rules.map((rule) => ({
          type: 'VisibilityRuleSet' as const,
          data: { field: rule.field, audiences: ruleAudiences(rule.audiences), decisionId: d.decisionId },
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
  initialState: () => ({ decisionIds: [] }),
};
