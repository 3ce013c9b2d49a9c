import { AccountEvent } from '@maillage/identity/domain';
import { RecordedEvent } from '@maillage/shared/kernel';
import { AccountRecord } from '../ports';

export const ACCOUNT_EVENTS = [
  'AccountCreated',
  'PasswordChanged',
  'PasswordReset',
  'RoleGranted',
  'RoleRevoked',
  'AccountDisabled',
  'AccountReenabled',
] as const satisfies readonly AccountEvent['type'][];

export function evolveAccountRecord(row: AccountRecord | null, recorded: RecordedEvent): AccountRecord | null {
  if (row !== null && recorded.streamVersion <= row.streamVersion) return row;
  const event = { type: recorded.type, data: recorded.data } as AccountEvent;
  const at = recorded.metadata.occurredAt;
  const changed = { streamVersion: recorded.streamVersion, changedAt: at };
  switch (event.type) {
    case 'AccountCreated': {
      const { oneTimePassword, ...data } = event.data;
      return { ...data, credentialsVersion: 0, disabled: false, mustChangePassword: oneTimePassword === true, createdAt: at, ...changed };
    }
    case 'PasswordChanged':
      return row && { ...row, passwordHash: event.data.passwordHash, credentialsVersion: row.credentialsVersion + 1, mustChangePassword: false, ...changed };
    case 'PasswordReset':
      return row && { ...row, passwordHash: event.data.passwordHash, credentialsVersion: row.credentialsVersion + 1, mustChangePassword: true, ...changed };
    case 'RoleGranted':
      return row && { ...row, roles: [...new Set([...row.roles, event.data.role])], ...changed };
    case 'RoleRevoked':
      return row && { ...row, roles: row.roles.filter((r) => r !== event.data.role), ...changed };
    // Disabling bumps the credentials version too: every access token dies with it, even
    // one whose session the handler could not revoke (a crash between append and revoke).
    case 'AccountDisabled':
      return row && { ...row, disabled: true, credentialsVersion: row.credentialsVersion + 1, ...changed };
    case 'AccountReenabled':
      return row && { ...row, disabled: false, ...changed };
    default:
      return row;
  }
}
