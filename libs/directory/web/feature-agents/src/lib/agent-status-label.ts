import type { AgentStatus } from '@maillage/directory/contracts';
import { formatDateOnly } from '@maillage/shared/web-util';

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

export const frenchLongDate = (isoDate: string): string => formatDateOnly(isoDate);

/** The fiche's status line: "A quitté la collectivité le 31 décembre 2026" once the date is known. */
export function agentStatusLine(status: AgentStatus, departedOn: string | null): string | null {
  if (status === 'departed' && departedOn) return `A quitté la collectivité le ${frenchLongDate(departedOn)}`;
  return agentStatusLabel(status);
}
