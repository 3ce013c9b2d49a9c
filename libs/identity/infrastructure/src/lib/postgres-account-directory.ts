import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccountDirectory, AccountRecord } from '@maillage/identity/application';
import { DataSource } from 'typeorm';
import { SELECT_ACCOUNTS } from './accounts.projection';

@Injectable()
export class PostgresAccountDirectory implements AccountDirectory {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findByUsername(username: string): Promise<AccountRecord | null> {
    const rows: AccountRecord[] = await this.db.query(`${SELECT_ACCOUNTS} WHERE username = $1`, [username]);
    return rows[0] ?? null;
  }

  async findById(accountId: string): Promise<AccountRecord | null> {
    const rows: AccountRecord[] = await this.db.query(`${SELECT_ACCOUNTS} WHERE account_id = $1`, [accountId]);
    return rows[0] ?? null;
  }
}
