/** "2026-02-30" is not a day: checked by a round trip through a UTC date. */
export function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The day an instant falls on in Europe/Paris: the town hall's legal time,
 * in which the committee dates its decisions. A decision "of 15 December"
 * applies from midnight in Paris (23:00 or 22:00 UTC the evening before), not
 * from midnight UTC, and the same rule holds on every server whatever its zone.
 */
export function parisDay(instant: Date): string {
  return PARIS_DAY.format(instant);
}
