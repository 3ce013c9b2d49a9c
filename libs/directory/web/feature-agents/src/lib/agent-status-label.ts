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
