import { ACCOUNT_EVENTS, AccountRecord, evolveAccountRecord } from '@maillage/identity/application';
import { Projection, ProjectionSql } from '@maillage/shared/event-store';
import type { AccountEvent } from '@maillage/identity/domain';
import { RecordedEvent } from '@maillage/shared/kernel';

const accountIdOf = (event: RecordedEvent) => (event.data as { accountId: string }).accountId;

export class AccountsProjection implements Projection<AccountEvent['type']> {
  readonly name = 'identity-accounts';
  readonly eventTypes: readonly AccountEvent['type'][] = ACCOUNT_EVENTS;
  readonly readModelTables = ['identity_accounts'];

  async apply(events: readonly RecordedEvent[], sql: ProjectionSql): Promise<void> {
    const ids = [...new Set(events.map(accountIdOf))];
    const { rows } = await sql.query<AccountRecord>(`${SELECT_ACCOUNTS} WHERE account_id = ANY($1::uuid[])`, [ids]);
    const accounts = new Map(rows.map((r) => [r.accountId, r]));
    for (const event of events) {
      const next = evolveAccountRecord(accounts.get(accountIdOf(event)) ?? null, event);
      if (next) accounts.set(next.accountId, next);
    }
    if (accounts.size === 0) return;
    await sql.query(
      `INSERT INTO identity_accounts AS a (account_id, username, agent_id, roles, password_hash, credentials_version, stream_version,
         disabled, must_change_password, created_at, changed_at)
       SELECT "accountId", username, "agentId", ARRAY(SELECT jsonb_array_elements_text(roles)), "passwordHash", "credentialsVersion", "streamVersion",
         disabled, "mustChangePassword", "createdAt", "changedAt"
       FROM jsonb_to_recordset($1::jsonb) AS r("accountId" uuid, username text, "agentId" uuid, roles jsonb, "passwordHash" text,
            "credentialsVersion" int, "streamVersion" bigint, disabled boolean, "mustChangePassword" boolean, "createdAt" timestamptz, "changedAt" timestamptz)
       ON CONFLICT (account_id) DO UPDATE SET username = EXCLUDED.username, agent_id = EXCLUDED.agent_id, roles = EXCLUDED.roles,
         password_hash = EXCLUDED.password_hash, credentials_version = EXCLUDED.credentials_version, stream_version = EXCLUDED.stream_version,
         disabled = EXCLUDED.disabled, must_change_password = EXCLUDED.must_change_password, created_at = EXCLUDED.created_at, changed_at = EXCLUDED.changed_at
       WHERE a.stream_version < EXCLUDED.stream_version`,
      [JSON.stringify([...accounts.values()])],
    );
  }
}

export const SELECT_ACCOUNTS = `SELECT account_id AS "accountId", username, agent_id AS "agentId", roles, password_hash AS "passwordHash",
  credentials_version AS "credentialsVersion", stream_version::int AS "streamVersion", disabled, must_change_password AS "mustChangePassword",
  to_json(created_at)#>>'{}' AS "createdAt", to_json(changed_at)#>>'{}' AS "changedAt" FROM identity_accounts`;
