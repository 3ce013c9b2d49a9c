import { DomainError } from '@maillage/shared/kernel';
import { AccountDirectory, AccountRecord } from '../ports';

/** Administration addresses accounts by id; their streams are keyed by username, found here. */
export async function accountById(accounts: AccountDirectory, accountId: string): Promise<AccountRecord> {
  const account = await accounts.findById(accountId);
  if (!account) throw new DomainError('IDENTITY.ACCOUNT_NOT_FOUND', 'not_found', 'Compte introuvable.');
  return account;
}
