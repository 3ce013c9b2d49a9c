import { StoredEventCatalog } from '@maillage/shared/kernel';
import type { SharingEvent } from './sharing-choice';
import type { PolicyEvent } from './visibility-policy';

export type GovernanceEvent = PolicyEvent | SharingEvent;
type Current<T extends GovernanceEvent['type']> = Extract<GovernanceEvent, { type: T }>['data'];

/** Every shape governance has stored, per event type and schema version: all at version 1. */
export type GovernanceStoredEvents = { [T in GovernanceEvent['type']]: { 1: Current<T> } };

/** The version written today, per event type: a `Record` over the union, so none can be missing. */
export const GOVERNANCE_EVENT_VERSIONS = {
  CommitteeDecisionRecorded: 1,
  VisibilityRuleSet: 1,
  FieldSharingChosen: 1,
} as const satisfies Record<keyof GovernanceStoredEvents, number>;

export const GOVERNANCE_EVENT_TYPES = Object.keys(GOVERNANCE_EVENT_VERSIONS) as readonly GovernanceEvent['type'][];

export const governanceStoredEvents: StoredEventCatalog = { context: 'governance', versions: GOVERNANCE_EVENT_VERSIONS, upcasters: [] };
