import { RecordedEvent } from '@maillage/shared/kernel';
import { AccountRecord } from '../ports';
import { evolveAccountRecord } from './account.projection';

let version = -1;
const recorded = (type: string, data: object, occurredAt = '2026-12-01T09:00:00.000Z'): RecordedEvent => ({
  eventId: `e${++version}`,
  type,
  schemaVersion: 1,
  streamId: 'account-h.durand',
  streamVersion: version,
  logPosition: { transaction: 1, position: version },
  data,
  metadata: { actorId: 'admin', roles: ['admin'], correlationId: 'c', causationId: null, occurredAt },
});
const accountId = 'acc-1';
const fold = (events: RecordedEvent[]) => events.reduce<AccountRecord | null>(evolveAccountRecord, null);

beforeEach(() => (version = -1));

describe('the accounts read model', () => {
  it('keeps a one-time password required until the password is changed, and requires it again after a reset', () => {
    const created = recorded('AccountCreated', { accountId, username: 'h.durand', agentId: null, roles: ['agent'], passwordHash: 'h1', oneTimePassword: true });
    expect(fold([created])).toMatchObject({ mustChangePassword: true, credentialsVersion: 0, disabled: false });
    const changed = recorded('PasswordChanged', { accountId, passwordHash: 'h2' });
    expect(fold([created, changed])).toMatchObject({ mustChangePassword: false, credentialsVersion: 1, passwordHash: 'h2' });
    const reset = recorded('PasswordReset', { accountId, passwordHash: 'h3' }, '2026-12-02T10:00:00.000Z');
    expect(fold([created, changed, reset])).toMatchObject({ mustChangePassword: true, credentialsVersion: 2, passwordHash: 'h3', createdAt: '2026-12-01T09:00:00.000Z', changedAt: '2026-12-02T10:00:00.000Z' });
  });

  it('reads an account created before one-time passwords existed as not needing a change', () => {
    expect(fold([recorded('AccountCreated', { accountId, username: 'h.durand', agentId: null, roles: ['agent'], passwordHash: 'h1' })])).toMatchObject({ mustChangePassword: false });
  });

  it('ends every access token when the account is disabled, and lets it back in when re-enabled', () => {
    const created = recorded('AccountCreated', { accountId, username: 'h.durand', agentId: null, roles: ['agent'], passwordHash: 'h1' });
    const disabled = recorded('AccountDisabled', { accountId });
    expect(fold([created, disabled])).toMatchObject({ disabled: true, credentialsVersion: 1, streamVersion: 1 });
    expect(fold([created, disabled, recorded('AccountReenabled', { accountId })])).toMatchObject({ disabled: false, credentialsVersion: 1, streamVersion: 2 });
  });

  it('ignores an event it has already applied', () => {
    const created = recorded('AccountCreated', { accountId, username: 'h.durand', agentId: null, roles: ['agent'], passwordHash: 'h1' });
    const disabled = recorded('AccountDisabled', { accountId });
    const once = fold([created, disabled]);
    expect(evolveAccountRecord(once, disabled)).toBe(once);
  });
});
