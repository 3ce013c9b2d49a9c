import { GOVERNED_FIELDS, GovernedField } from '@maillage/governance/contracts';
import type { ChoosableAudience, DecisionRequest } from './privacy.model';

/** The committee's form as typed: participants one per line, rules for the fields the decision sets. */
export interface DecisionDraft {
  readonly decidedOn: string;
  readonly title: string;
  readonly participants: string;
  readonly rationale: string;
  readonly rules: Readonly<Partial<Record<GovernedField, readonly ChoosableAudience[]>>>;
}

export type DecisionDraftField = 'decidedOn' | 'title' | 'participants' | 'rationale' | 'rules';
export type DecisionDraftErrors = Readonly<Partial<Record<DecisionDraftField, string>>>;

/** Mirrors the API's limits (RecordDecisionRequest). */
export const DECISION_LIMITS = { title: 200, participants: 50, participant: 120, rationale: 4000 } as const;

/** One participant per line; blank lines and repeated names are dropped. */
export function parseParticipants(text: string): string[] {
  const names = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length > 0);
  return [...new Set(names)];
}

export function decisionDraftErrors(draft: DecisionDraft): DecisionDraftErrors {
  const errors: Partial<Record<DecisionDraftField, string>> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.decidedOn)) errors.decidedOn = 'Indiquez la date de la décision.';
  const title = draft.title.trim();
  if (title.length < 3) errors.title = 'Donnez un titre d’au moins 3 caractères.';
  else if (title.length > DECISION_LIMITS.title) errors.title = `Le titre dépasse ${DECISION_LIMITS.title} caractères.`;
  const participants = parseParticipants(draft.participants);
  if (participants.length === 0) errors.participants = 'Indiquez au moins un participant, un par ligne.';
  else if (participants.length > DECISION_LIMITS.participants) errors.participants = `Indiquez au plus ${DECISION_LIMITS.participants} participants.`;
  else if (participants.some((name) => name.length > DECISION_LIMITS.participant)) {
    errors.participants = `Chaque participant tient en ${DECISION_LIMITS.participant} caractères au plus.`;
  }
  const rationale = draft.rationale.trim();
  if (rationale.length < 3) errors.rationale = 'Expliquez la décision : la justification est obligatoire.';
  else if (rationale.length > DECISION_LIMITS.rationale) errors.rationale = `La justification dépasse ${DECISION_LIMITS.rationale} caractères.`;
  if (Object.keys(draft.rules).length === 0) errors.rules = 'Une décision fixe la règle d’au moins un champ.';
  return errors;
}

/** The request body; rules follow the order of the governed fields. */
export function decisionRequestOf(draft: DecisionDraft): DecisionRequest {
  return {
    decidedOn: draft.decidedOn,
    title: draft.title.trim(),
    participants: parseParticipants(draft.participants),
    rationale: draft.rationale.trim(),
    rules: GOVERNED_FIELDS.filter((field) => draft.rules[field] !== undefined).map((field) => ({
      field,
      audiences: [...(draft.rules[field] ?? [])],
    })),
  };
}
