import { AccountEvent } from '@maillage/identity/domain';
import { RecordedEvent } from '@maillage/shared/kernel';
import { AccountRecord } from '../ports';

export const ACCOUNT_EVENTS = ['AccountCreated', 'PasswordChanged', 'RoleGranted', 'RoleRevoked'] as const;

export function evolveAccountRecord(row: AccountRecord | null, recorded: RecordedEvent): AccountRecord | null {
  if (row !== null && recorded.streamVersion <= row.streamVersion) return row;
  const event = { type: recorded.type, data: recorded.data } as AccountEvent;
  const version = recorded.streamVersion;
  switch (event.type) {
    case 'AccountCreated':
      return { ...event.data, credentialsVersion: 0, streamVersion: version };
    case 'PasswordChanged':
      return row && { ...row, passwordHash: event.data.passwordHash, credentialsVersion: row.credentialsVersion + 1, streamVersion: version };
    case 'RoleGranted':
      return row && { ...row, roles: [...new Set([...row.roles, event.data.role])], streamVersion: version };
    case 'RoleRevoked':
      return row && { ...row, roles: row.roles.filter((r) => r !== event.data.role), streamVersion: version };
    default:
      return row;
  }
}
