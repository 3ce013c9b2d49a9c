/**
 * The directory's published read shapes and integration events. Plain types:
 * the web app and other contexts may import them, never the domain.
 */

export type AgentStatus = 'active' | 'on_leave' | 'departed';

/** One line of the directory (annuaire): only fields everyone may see. */
export interface AgentDirectoryEntry {
  readonly id: string;
  /** Usual name if the agent gave one, else first and last name. */
  readonly displayName: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly postTitle: string;
  readonly unitId: string | null;
  readonly unitName: string | null;
  readonly directionName: string | null;
  readonly workEmail: string;
  readonly workPhone: string | null;
  readonly status: AgentStatus;
}

/** The profile (fiche agent) as the viewer may see it. */
export interface AgentProfile extends AgentDirectoryEntry {
  readonly usualName: string | null;
  readonly office: string | null;
  readonly managerId: string | null;
  readonly managerName: string | null;
  readonly startDate: string | null;
  /** Stream version: send it back as `If-Match` to edit without overwriting. */
  readonly version: number;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

/** Fields of a profile that can be changed through `PATCH /api/agents/:id`. */
export const EDITABLE_AGENT_FIELDS = ['usualName', 'postTitle', 'workPhone', 'office'] as const;
export type EditableAgentField = (typeof EDITABLE_AGENT_FIELDS)[number];
/** Of those, the ones an agent may change on their own profile. */
export const SELF_EDITABLE_AGENT_FIELDS: readonly EditableAgentField[] = ['usualName', 'workPhone', 'office'];

export interface OrgUnitSummary {
  readonly id: string;
  readonly name: string;
  readonly kind: 'direction' | 'service';
  readonly parentId: string | null;
}

/** What a command returns: where its events landed and whether reads see them yet. */
export interface CommandAccepted {
  readonly id: string;
  readonly version: number;
  readonly position: { readonly transaction: number; readonly position: number } | null;
  /** False when the read models had not caught up within the wait bound. */
  readonly consistent: boolean;
}

/**
 * Read-side interface other contexts may inject (token `AGENT_NAMES`) to show
 * an agent's name without reaching into the directory's internals.
 */
export interface AgentNames {
  displayNameOf(agentId: string): Promise<string | null>;
}
export const AGENT_NAMES = Symbol.for('maillage.directory.AgentNames');
