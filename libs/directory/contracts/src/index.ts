/**
 * The directory's published read shapes and integration events. Plain types:
 * the web app and other contexts may import them, never the domain.
 */

import { HR_FIELDS } from '@maillage/governance/contracts';

export type AgentStatus = 'active' | 'on_leave' | 'departed';

/**
 * One line of the directory (annuaire), as the visibility policy lets this viewer
 * see it: each governed piece (`name`, `postTitle`, `unit`, `workEmail`,
 * `workPhone`; everyone by default) is absent when the committee has restricted
 * it away from this viewer. The birth name is never on a line.
 */
export interface AgentDirectoryEntry {
  readonly id: string;
  /** First name and name in use; « Nom non communiqué » when the policy hides the name from this viewer. */
  readonly displayName: string;
  readonly firstName?: string;
  /** The name in use: the nom d'usage when the agent has one, else the birth name. */
  readonly lastName?: string;
  readonly postTitle?: string;
  readonly unitId?: string | null;
  readonly unitName?: string | null;
  readonly directionId?: string | null;
  readonly directionName?: string | null;
  readonly workEmail?: string;
  readonly workPhone?: string | null;
  readonly status: AgentStatus;
}

/** What a line shows in place of a name the policy hides from the viewer. */
export const HIDDEN_NAME = 'Nom non communiqué';

/** The profile (fiche agent) as the viewer may see it. */
export interface AgentProfile extends AgentDirectoryEntry {
  /**
   * Governed with the birth name (`birthName`, HR and the agent by default): that an
   * agent has a nom d'usage says their birth name differs. Absent for other viewers.
   */
  readonly usualName?: string | null;
  /** The birth name (nom de naissance): sensitive, only for viewers the policy allows. */
  readonly birthName?: string;
  readonly office?: string | null;
  readonly managerId: string | null;
  readonly managerName: string | null;
  readonly startDate?: string | null;
  readonly departedOn: string | null;
  /** Sensitive HR fields this viewer may see under the visibility policy; the others are absent. */
  readonly sensitive: Partial<Omit<AgentHrRecord, 'agentId'>>;
  /** Governed fields withheld from this viewer (directory basics, birth name, HR fields), and who may see them. */
  readonly hiddenFields: readonly { readonly field: string; readonly visibleTo: readonly string[] }[];
  /** Stream version: send it back as `If-Match` to edit without overwriting. */
  readonly version: number;
}

/** Fields of a profile that can be changed through `PATCH /api/agents/:id`. */
export const EDITABLE_AGENT_FIELDS = ['usualName', 'postTitle', 'workPhone', 'office', ...HR_FIELDS] as const;
export type EditableAgentField = (typeof EDITABLE_AGENT_FIELDS)[number];
/** Of those, the ones an agent may change on their own profile (the rest is HR's). */
export const SELF_EDITABLE_AGENT_FIELDS: readonly EditableAgentField[] = ['usualName', 'workPhone', 'office', 'diplomas', 'experience'];
/** Sensitive HR fields among them: sent only to viewers the visibility policy allows. */
export const HR_AGENT_FIELDS: readonly EditableAgentField[] = HR_FIELDS;

export type OrgUnitKind = 'direction' | 'service' | 'unit';

export interface OrgUnitSummary {
  readonly id: string;
  readonly name: string;
  readonly kind: OrgUnitKind;
  readonly parentId: string | null;
  readonly headAgentId: string | null;
  readonly closed: boolean;
  /** Stream version, for `If-Match` on rename and move. */
  readonly version: number;
}

/** A colleague as shown in hierarchy views and the org chart (governed pieces absent when hidden from the viewer). */
export interface PersonRef {
  readonly id: string;
  readonly displayName: string;
  readonly postTitle?: string;
  readonly unitName?: string | null;
}

/** An agent's place in the hierarchy (fiche agent). */
export interface AgentHierarchy {
  readonly agentId: string;
  /** Nearest first: the manager, their manager, … up to the DGS. */
  readonly managers: readonly PersonRef[];
  readonly directReports: readonly PersonRef[];
  readonly indirectReportCount: number;
}

export interface OrgChartUnit {
  readonly id: string;
  readonly name: string;
  readonly kind: OrgUnitKind;
  readonly parentId: string | null;
  readonly head: PersonRef | null;
  /** Active agents attached directly to this unit. */
  readonly agentCount: number;
  readonly childCount: number;
}

/** One level of the org chart, loaded lazily: a unit, its sub-units and its own agents. */
export interface OrgChartLevel {
  readonly unit: OrgChartUnit | null;
  readonly children: readonly OrgChartUnit[];
  readonly agents: readonly (PersonRef & { readonly managerId: string | null })[];
}

/** HR fields of an agent (sensitive: who may see them is the visibility policy's call). */
export interface AgentHrRecord {
  readonly agentId: string;
  readonly employment: string | null;
  readonly category: string | null;
  readonly filiere: string | null;
  readonly cadreEmplois: string | null;
  readonly grade: string | null;
  readonly matricule: string | null;
  readonly hrCode: string | null;
  readonly dgaCode: string | null;
  readonly diplomas: string | null;
  readonly experience: string | null;
}

/**
 * Read-side interface other contexts may inject (token `AGENT_NAMES`) to show
 * an agent's name without reaching into the directory's internals.
 */
export interface AgentNames {
  displayNameOf(agentId: string): Promise<string | null>;
  /** Names of several agents at once (missing ids are left out). */
  displayNamesOf(agentIds: readonly string[]): Promise<ReadonlyMap<string, string>>;
  unitNamesOf(unitIds: readonly string[]): Promise<ReadonlyMap<string, string>>;
}
export const AGENT_NAMES = Symbol.for('maillage.directory.AgentNames');

/*
 * Integration events: what the directory publishes for other contexts to keep their own copy of
 * people and units (competences' search and team builder, governance's reporting lines). Shaped for
 * those consumers, not after the directory's domain events, and versioned on their own: a change a
 * consumer cannot read as it is becomes a new version. They are not stored: the directory's
 * translator derives them from its domain events as a consumer's projection reads the log (see
 * docs/architecture.md, "Contexts own their data"), so a replay or a rebuild gives them again.
 */

/**
 * An agent's facts others keep, version 1. Only what changed is present (absent = unchanged); the
 * registration carries them all. `nameInUse` is the nom d'usage when there is one, else the birth
 * name: the birth name behind a nom d'usage is never published.
 */
export interface AgentChangedV1 {
  readonly agentId: string;
  readonly firstName?: string;
  readonly nameInUse?: string;
  readonly postTitle?: string;
  readonly unitId?: string | null;
  readonly managerId?: string | null;
  readonly status?: AgentStatus;
}

/** A unit's place in the tree, version 1. Only what changed is present; the creation carries it all. */
export interface OrgUnitChangedV1 {
  readonly unitId: string;
  readonly name?: string;
  readonly kind?: OrgUnitKind;
  readonly parentId?: string | null;
  readonly closed?: boolean;
}

export type DirectoryIntegrationEvent =
  | { readonly type: 'directory.AgentChanged'; readonly data: AgentChangedV1 }
  | { readonly type: 'directory.OrgUnitChanged'; readonly data: OrgUnitChangedV1 };
export type DirectoryIntegrationEventType = DirectoryIntegrationEvent['type'];

/** The version of each integration event the directory publishes today (a `Record`: none can be missing). */
export const DIRECTORY_INTEGRATION_EVENT_VERSIONS: Readonly<Record<DirectoryIntegrationEventType, number>> = {
  'directory.AgentChanged': 1,
  'directory.OrgUnitChanged': 1,
};
