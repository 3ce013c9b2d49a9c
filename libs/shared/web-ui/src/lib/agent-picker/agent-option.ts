import type { Observable } from 'rxjs';

/** An agent as a picker shows it: what everyone may see in the annuaire, nothing sensitive. */
export interface AgentOption {
  readonly id: string;
  readonly displayName: string;
  readonly postTitle?: string | null;
  /** The unit (or the direction) shown after the post. */
  readonly unitName?: string | null;
}

/**
 * Finds agents for the words typed (two letters at least). Each context passes its own
 * API call, so this library depends on no context's data access.
 */
export type AgentSearch = (text: string) => Observable<readonly AgentOption[]> | Promise<readonly AgentOption[]>;

export const AGENT_SEARCH_HINT = 'Saisissez au moins deux lettres du nom, du prénom ou du poste.';

/** How many agents a picker offers at most; a search may ask for a few more and filter. */
export const MAX_AGENT_CHOICES = 8;

/** "Gestionnaire paie — Service Carrières": the line under the name. */
export function agentDetail(agent: AgentOption): string {
  return [agent.postTitle, agent.unitName].filter(Boolean).join(' — ');
}

/** Keeps only what a picker shows, whatever richer entry the search returned. */
export function agentOptionOf(agent: AgentOption): AgentOption {
  return { id: agent.id, displayName: agent.displayName, postTitle: agent.postTitle ?? null, unitName: agent.unitName ?? null };
}
