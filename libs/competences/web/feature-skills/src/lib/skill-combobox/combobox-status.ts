import { plural } from '@maillage/shared/web-util';

/** What the combobox's live region says once the options have settled. */
export function comboboxStatus(state: { readonly q: string; readonly count: number | null; readonly searching: boolean; readonly chosen: string | null }): string {
  if (state.chosen) return `« ${state.chosen} » choisie.`;
  if (state.searching) return 'Recherche en cours…';
  if (state.count === null) return 'La recherche n’a pas abouti. Réessayez.';
  if (!state.q) return '';
  if (state.count === 0) return `Aucune compétence du référentiel ne correspond à « ${state.q} ».`;
  const what = plural(state.count, 'compétence proposée', 'compétences proposées');
  return `${what}. Flèches haut et bas pour parcourir, Entrée pour choisir.`;
}

/** The next active option, wrapping at both ends; -1 when there is none. */
export function moveActive(active: number, count: number, step: 1 | -1): number {
  if (count === 0) return -1;
  if (active < 0) return step === 1 ? 0 : count - 1;
  return (active + step + count) % count;
}
