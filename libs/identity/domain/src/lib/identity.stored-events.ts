import { StoredEventCatalog } from '@maillage/shared/kernel';
import type { AccountEvent } from './account';

type Current<T extends AccountEvent['type']> = Extract<AccountEvent, { type: T }>['data'];

/** Every shape identity has stored, per event type and schema version: all at version 1. */
export type IdentityStoredEvents = { [T in AccountEvent['type']]: { 1: Current<T> } };

/** The version written today, per event type: a `Record` over the union, so none can be missing. */
export const IDENTITY_EVENT_VERSIONS = {
  AccountCreated: 1,
  PasswordChanged: 1,
  RoleGranted: 1,
  RoleRevoked: 1,
  PasswordReset: 1,
  AccountDisabled: 1,
  AccountReenabled: 1,
} as const satisfies Record<keyof IdentityStoredEvents, number>;

export const IDENTITY_EVENT_TYPES = Object.keys(IDENTITY_EVENT_VERSIONS) as readonly AccountEvent['type'][];

export const identityStoredEvents: StoredEventCatalog = { context: 'identity', versions: IDENTITY_EVENT_VERSIONS, upcasters: [] };
