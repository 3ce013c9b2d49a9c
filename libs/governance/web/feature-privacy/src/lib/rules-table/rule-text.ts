import { AGENT_CHOSEN_FIELDS, VisibilityRule } from '@maillage/governance/contracts';
import { othersText, ruleAudienceText } from '../labels/audience-labels';

/**
 * A rule in words. For diplomas and experience the rule is a ceiling: the agent
 * chooses within it, and shares with nobody until they do.
 */
export function ruleText(rule: VisibilityRule): string {
  if (!AGENT_CHOSEN_FIELDS.includes(rule.field)) return ruleAudienceText(rule.audiences);
  const others = othersText(rule.audiences);
  return others ? `Au choix de l'agent, au plus : ${others}` : "L'agent seul (le comité n'autorise aucun partage)";
}
