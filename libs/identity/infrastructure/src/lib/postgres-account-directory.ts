import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccountDirectory, AccountRecord } from '@maillage/identity/application';
import { DataSource } from 'typeorm';
import { SELECT_ACCOUNTS } from './accounts.projection';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class PostgresAccountDirectory implements AccountDirectory {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findByUsername(username: string): Promise<AccountRecord | null> {
    const rows: AccountRecord[] = await this.db.query(`${SELECT_ACCOUNTS} WHERE username = $1`, [username]);
    return rows[0] ?? null;
  }

  async findById(accountId: string): Promise<AccountRecord | null> {
    // Not a uuid: no such account (rather than a cast error from PostgreSQL).
    if (!UUID.test(accountId)) return null;
    const rows: AccountRecord[] = await this.db.query(`${SELECT_ACCOUNTS} WHERE account_id = $1`, [accountId]);
    return rows[0] ?? null;
  }

  list(): Promise<AccountRecord[]> {
    return this.db.query(`${SELECT_ACCOUNTS} ORDER BY username`);
  }

  async countOtherEnabledAdmins(accountId: string): Promise<number> {
    const rows: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM identity_accounts WHERE NOT disabled AND 'admin' = ANY(roles) AND account_id <> $1`,
      [accountId],
    );
    return rows[0]?.n ?? 0;
  }
}
