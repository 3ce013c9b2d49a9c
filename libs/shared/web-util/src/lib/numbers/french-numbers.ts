/**
 * Counts and amounts as the UI writes them, in fr-FR: thousands grouped with a narrow no-break
 * space (« 1 250 »), plurals by the French rule (0 and 1 are singular: « 0 agent », « 1 agent »),
 * euros with their sign after the amount. One place, so no screen writes `n === 1 ? … : …` again.
 */
const plurals = new Intl.PluralRules('fr-FR');
const counts = new Intl.NumberFormat('fr-FR');
const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const wholeEuros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** « 1 250 ». */
export const formatCount = (count: number): string => counts.format(count);

/** « 1 250,50 € »; `whole`: « 1 251 € », for budgets shown to the euro. */
export const formatEuros = (amount: number, { whole = false }: { readonly whole?: boolean } = {}): string =>
  (whole ? wholeEuros : euros).format(amount);

/** The word (or words) that agree with `count`, without the number: « trouvé » / « trouvés ». */
export const pluralWord = (count: number, one: string, many: string): string => (plurals.select(count) === 'one' ? one : many);

/** « 0 agent », « 1 agent », « 2 agents », « 1 250 agents ». */
export const plural = (count: number, one: string, many: string): string => `${formatCount(count)} ${pluralWord(count, one, many)}`;
