import { Inject, Injectable } from '@nestjs/common';
import { AccountDirectory, AccountRecord } from '@maillage/identity/application';
import { SELECT_ACCOUNTS } from './accounts.projection';
import { SQL, Sql } from '@maillage/shared/kernel';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class PostgresAccountDirectory implements AccountDirectory {
  constructor(@Inject(SQL) private readonly db: Sql) {}

  async findByUsername(username: string): Promise<AccountRecord | null> {
    const rows = await this.db.query<AccountRecord>(`${SELECT_ACCOUNTS} WHERE username = $1`, [username]);
    return rows[0] ?? null;
  }

  async findById(accountId: string): Promise<AccountRecord | null> {
    // Not a uuid: no such account (rather than a cast error from PostgreSQL).
    if (!UUID.test(accountId)) return null;
    const rows = await this.db.query<AccountRecord>(`${SELECT_ACCOUNTS} WHERE account_id = $1`, [accountId]);
    return rows[0] ?? null;
  }

  list(): Promise<AccountRecord[]> {
    return this.db.query(`${SELECT_ACCOUNTS} ORDER BY username`);
  }

  async countOtherEnabledAdmins(accountId: string): Promise<number> {
    const rows = await this.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM identity_accounts WHERE NOT disabled AND 'admin' = ANY(roles) AND account_id <> $1`,
      [accountId],
    );
    return rows[0]?.n ?? 0;
  }
}
