import type { AgentChosenField, ChoosableAudience } from '@maillage/governance/web/data-access';

/** "a", "a et b", "a, b et c". */
export function joinFr(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} et ${parts[parts.length - 1]}`;
}

/** The agent's checkboxes, in the first person. */
export const CHOICE_LABELS: Readonly<Record<ChoosableAudience, string>> = {
  hierarchy: 'Ma hiérarchie',
  hr: 'Le service RH',
  same_unit: 'Mon unité',
  everyone: 'Tout le monde',
};

/** The committee's checkboxes, about any agent. */
export const RULE_LABELS: Readonly<Record<ChoosableAudience, string>> = {
  hierarchy: "La hiérarchie de l'agent",
  hr: 'Le service RH',
  same_unit: 'Les agents de la même unité',
  everyone: 'Tous les agents',
};

const YOUR: Readonly<Record<ChoosableAudience, string>> = {
  hierarchy: 'votre hiérarchie',
  hr: 'le service RH',
  same_unit: 'les agents de votre unité',
  everyone: 'tous les agents de la mairie',
};

const THEIR: Readonly<Record<ChoosableAudience, string>> = {
  hierarchy: 'sa hiérarchie',
  hr: 'le service RH',
  same_unit: 'les agents de son unité',
  everyone: 'tous les agents',
};

const ORDER: readonly ChoosableAudience[] = ['hierarchy', 'hr', 'same_unit', 'everyone'];
const known = (audiences: readonly string[]) => ORDER.filter((audience) => audiences.includes(audience));

const SUBJECT: Readonly<Record<AgentChosenField, { readonly subject: string; readonly plural: boolean }>> = {
  diplomas: { subject: 'Vos diplômes', plural: true },
  experience: { subject: 'Votre expérience', plural: false },
};

/**
 * Exactly who sees an agent-chosen field, given who actually may (their choice within
 * the committee's ceiling): "Vos diplômes ne sont visibles que par vous."
 */
export function sharingSentence(field: AgentChosenField, audiences: readonly ChoosableAudience[]): string {
  const { subject, plural } = SUBJECT[field];
  const verb = plural ? 'sont' : 'est';
  const visible = plural ? 'visibles' : 'visible';
  const shown = known(audiences);
  if (shown.includes('everyone')) return `${subject} ${verb} ${visible} par ${YOUR.everyone}.`;
  if (shown.length === 0) return `${subject} ${plural ? 'ne sont' : "n'est"} ${visible} que par vous.`;
  return `${subject} ${verb} ${visible} par ${joinFr(['vous', ...shown.map((audience) => YOUR[audience])])}.`;
}

/** The audiences besides the agent, in the third person: "sa hiérarchie et le service RH". */
export function othersText(audiences: readonly string[]): string {
  const shown = known(audiences);
  if (shown.includes('everyone')) return THEIR.everyone;
  return joinFr(shown.map((audience) => THEIR[audience]));
}

/** Who may see a field under a rule; the agent always sees their own data. */
export function ruleAudienceText(audiences: readonly string[]): string {
  const shown = known(audiences);
  if (shown.includes('everyone')) return 'Tous les agents';
  if (shown.length === 0) return "L'agent seul";
  return `${joinFr(["L'agent", ...shown.map((audience) => THEIR[audience])])}`;
}
