import type { VisibilityRule } from '@maillage/governance/contracts';
import { CHOOSABLE_AUDIENCES, ChoosableAudience, SharingChoice } from './privacy.model';

const isChoosable = (audience: string): audience is ChoosableAudience => (CHOOSABLE_AUDIENCES as readonly string[]).includes(audience);
const inOrder = (audiences: Iterable<string>): ChoosableAudience[] => {
  const set = new Set(audiences);
  return CHOOSABLE_AUDIENCES.filter((audience) => set.has(audience));
};

/** What the agent chose for a field. Privacy by default: no recorded choice is nobody else. */
export function chosenAudiences(choices: readonly SharingChoice[], field: string): ChoosableAudience[] {
  return inOrder(choices.find((choice) => choice.field === field)?.audiences.filter(isChoosable) ?? []);
}

/** The widest audience the committee allows for a field (the ceiling of the agent's choice). */
export function allowedAudiences(rules: readonly VisibilityRule[], field: string): ChoosableAudience[] {
  return inOrder(rules.find((rule) => rule.field === field)?.audiences.filter(isChoosable) ?? []);
}

/** Who actually sees the field besides the agent: their choice within the committee's ceiling. */
export function effectiveAudiences(chosen: readonly ChoosableAudience[], allowed: readonly ChoosableAudience[]): ChoosableAudience[] {
  return inOrder(chosen.filter((audience) => allowed.includes(audience)));
}

export function sameAudiences(a: readonly string[], b: readonly string[]): boolean {
  const left = inOrder(a);
  const right = inOrder(b);
  return left.length === right.length && left.every((audience, i) => audience === right[i]);
}
