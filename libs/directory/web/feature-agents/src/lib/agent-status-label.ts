import type { AgentStatus } from '@maillage/directory/contracts';

/** Nothing is said for an active agent: that is the normal case. */
export function agentStatusLabel(status: AgentStatus): string | null {
  switch (status) {
    case 'active':
      return null;
    case 'on_leave':
      return 'En congé';
    case 'departed':
      return 'A quitté la collectivité';
    default: {
      const unknown: never = status;
      return unknown;
    }
  }
}

// A date-only value (yyyy-mm-dd) is read and written in UTC, so no time zone shifts it by a day.
const longDate = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function frenchLongDate(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : longDate.format(date);
}

/** The fiche's status line: "A quitté la collectivité le 31 décembre 2026" once the date is known. */
export function agentStatusLine(status: AgentStatus, departedOn: string | null): string | null {
  if (status === 'departed' && departedOn) return `A quitté la collectivité le ${frenchLongDate(departedOn)}`;
  return agentStatusLabel(status);
}
