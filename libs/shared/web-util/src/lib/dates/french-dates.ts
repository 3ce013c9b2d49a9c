/**
 * The one place the web app turns dates into French text.
 *
 * Two kinds of values cross the API and must not be mixed up:
 * - a date-only value (`YYYY-MM-DD`: a decision date, an arrival, a replay date) names a
 *   calendar day, not a moment. It is read as numbers and formatted at UTC midnight in UTC,
 *   so neither the browser's zone nor the server's can move it to the day before
 *   (`date:'longDate':'UTC'` on a value Angular reads as local midnight did, in France).
 * - an instant (an ISO timestamp: recorded at, consulted at) is a moment: it is shown as
 *   the wall clock of the town hall, Europe/Paris, whatever zone the browser is set to.
 */

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})/;
const PARIS = 'Europe/Paris';

const longDay = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDay = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const instantFormats = {
  dateTime: new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: PARIS }),
  dateTimeSeconds: new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'medium', timeZone: PARIS }),
  date: new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: PARIS }),
} as const;

export type DateOnlyStyle = 'long' | 'short';
export type InstantStyle = keyof typeof instantFormats;

/** French writes the first of the month as an ordinal: « 1er janvier 2027 ». */
const firstOfMonth = (text: string): string => text.replace(/^1 /, '1er ');

function dayOf(value: string): Date | null {
  const match = DATE_ONLY.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // 2026-02-31 would roll over to March: an impossible day is shown as it came.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** « 7 décembre 2026 » (long) or « 07/12/2026 » (short) for `2026-12-07`, in any time zone. */
export function formatDateOnly(value: string | null | undefined, style: DateOnlyStyle = 'long'): string {
  if (!value) return '';
  const date = dayOf(value);
  if (!date) return value;
  return style === 'short' ? shortDay.format(date) : firstOfMonth(longDay.format(date));
}

/** « 7 décembre 2026 à 22:48 » for `2026-12-07T21:48:00Z`: the wall clock in Paris. */
export function formatInstant(value: string | Date | null | undefined, style: InstantStyle = 'dateTime'): string {
  if (!value) return '';
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return firstOfMonth(instantFormats[style].format(date));
}
