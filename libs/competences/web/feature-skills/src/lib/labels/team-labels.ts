import { plural } from '@maillage/shared/web-util';

const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** Time a member already gives to other projects, in French. */
export function committedLabel(share: number): string {
  if (!(share > 0)) return 'Aucun temps déjà engagé sur d’autres projets.';
  return `Temps déjà engagé sur d’autres projets : ${percent.format(Math.min(1, share))}.`;
}

export type ProximityLevel = 'forte' | 'moyenne' | 'faible';

export interface Proximity {
  readonly level: ProximityLevel;
  /** What it means for the team, in plain French. */
  readonly explanation: string;
  /** The number behind it, for screen readers and the curious. */
  readonly figures: string;
}

/** Mean distance per pair up to which the team is said close, then fairly close (1 same unit … 3 other directions). */
const CLOSE_UP_TO = 1.75;
const FAIR_UP_TO = 2.6;

/**
 * The communication cost (sum of the distances between every pair of members) in words.
 * The mean per pair is what is judged, so a larger team is not called distant for its size.
 */
export function proximityOf(communicationCost: number, memberCount: number): Proximity {
  const pairs = (memberCount * (memberCount - 1)) / 2;
  const mean = pairs > 0 ? communicationCost / pairs : 0;
  const figures =
    `Coût de communication : ${decimal.format(communicationCost)}` +
    (pairs > 0 ? `, soit ${decimal.format(mean)} en moyenne entre deux membres (1 : même unité, 2 : même direction, 3 : directions différentes ; plus c’est bas, plus c’est proche).` : '.');
  if (pairs === 0) return { level: 'forte', explanation: 'Une seule personne : pas de coordination à prévoir.', figures };
  if (mean <= CLOSE_UP_TO) {
    return { level: 'forte', explanation: 'La plupart des membres travaillent dans la même unité ou le même service : ils communiquent déjà facilement.', figures };
  }
  if (mean <= FAIR_UP_TO) {
    return { level: 'moyenne', explanation: 'Une partie des membres travaillent dans la même direction ; quelques liens restent à créer.', figures };
  }
  return { level: 'faible', explanation: 'Les membres viennent surtout de directions différentes : prévoyez des temps d’échange réguliers.', figures };
}

/** "Julie Martin" → "Julie M.": short enough for a node of the team graph. */
export function shortName(displayName: string): string {
  const words = displayName.trim().split(/\s+/);
  if (words.length < 2) return displayName.trim();
  return `${words[0]} ${words[words.length - 1].charAt(0)}.`;
}

/** "1 personne manquante", "2 personnes manquantes". */
export function missingLabel(missing: number): string {
  return plural(missing, 'personne manquante', 'personnes manquantes');
}
