import { StoredEventCatalog } from '@maillage/shared/kernel';
import type { AgentEvent } from './agent';
import type { OrgUnitEvent } from './org-unit';
import type { OrganisationEvent } from './organisation';

export type DirectoryEvent = AgentEvent | OrgUnitEvent | OrganisationEvent;
type Current<T extends DirectoryEvent['type']> = Extract<DirectoryEvent, { type: T }>['data'];

/**
 * Every shape the directory has stored, per event type and schema version: all at version 1,
 * the stored payload being the domain type. A change of shape adds a version here and an upcaster.
 */
export type DirectoryStoredEvents = { [T in DirectoryEvent['type']]: { 1: Current<T> } };

/** The version written today, per event type: a `Record` over the union, so none can be missing. */
export const DIRECTORY_EVENT_VERSIONS = {
  AgentRegistered: 1,
  AgentFieldChanged: 1,
  ManagerAssigned: 1,
  AgentMovedToUnit: 1,
  AgentStatusChanged: 1,
  AgentDeparted: 1,
  OrgUnitCreated: 1,
  OrgUnitRenamed: 1,
  OrgUnitMoved: 1,
  OrgUnitHeadAssigned: 1,
  OrgUnitClosed: 1,
  OrganisationStructureChanged: 1,
} as const satisfies Record<keyof DirectoryStoredEvents, number>;

export const DIRECTORY_EVENT_TYPES = Object.keys(DIRECTORY_EVENT_VERSIONS) as readonly DirectoryEvent['type'][];

export const directoryStoredEvents: StoredEventCatalog = { context: 'directory', versions: DIRECTORY_EVENT_VERSIONS, upcasters: [] };
