import { Inject, Injectable } from '@nestjs/common';
import { ACCOUNT_DIRECTORY, AccountDirectory } from '@maillage/identity/application';
import { accountStreamId } from '@maillage/identity/domain';
import { EVENT_STORE, EventStore, PersonalDataSource, PersonalDataSubject, exportedEvent } from '@maillage/shared/kernel';
import { ExportsPersonalData } from '@maillage/shared/nest';

/**
 * Identity's part of the export: the account and its own stream, password
 * hashes withheld (a hash is a secret of the system, not information about
 * the person, and would help whoever steals the file).
 */
@ExportsPersonalData()
@Injectable()
export class IdentityPersonalData implements PersonalDataSource {
  readonly context = 'identity';

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ACCOUNT_DIRECTORY) private readonly accounts: AccountDirectory,
  ) {}

  async exportFor({ accountId }: PersonalDataSubject) {
    const account = await this.accounts.findById(accountId);
    if (!account) return { account: null, events: [] };
    const events = await this.store.readStream(accountStreamId(account.username));
    return {
      account: { accountId, username: account.username, agentId: account.agentId, roles: account.roles },
      events: events.filter((e) => (e.data as { accountId?: string }).accountId === accountId).map((e) => exportedEvent(e, withoutPasswordHash(e.data))),
    };
  }
}

function withoutPasswordHash(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const { passwordHash: _hash, ...rest } = data as Record<string, unknown>;
  return rest;
}
