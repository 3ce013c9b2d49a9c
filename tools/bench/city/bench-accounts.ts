import { randomBytes, randomUUID } from 'node:crypto';
import { AccountRole, accountDecider, accountStreamId } from '@maillage/identity/domain';
import { ARGON2_OPTIONS } from '@maillage/identity/infrastructure';
import { PostgresEventStore } from '@maillage/shared/event-store';
import { eventMetadataFor, systemActor, systemClock } from '@maillage/shared/kernel';
import * as argon2 from 'argon2';

export interface BenchAccount {
  readonly username: string;
  readonly agentId: string;
  readonly roles: readonly AccountRole[];
}

/**
 * Accounts the bench logs in with, written as the identity context writes
 * them: the account decider's AccountCreated, on the account's stream, with an
 * argon2id hash made with the app's own options. One random password for all
 * (hashed once); it never leaves this process.
 */
export async function createBenchAccounts(store: PostgresEventStore, accounts: readonly BenchAccount[]): Promise<string> {
  const password = randomBytes(18).toString('base64url');
  const passwordHash = await argon2.hash(password, ARGON2_OPTIONS);
  const metadata = eventMetadataFor(systemActor(`bench-accounts-${randomUUID()}`), systemClock);
  for (const account of accounts) {
    const events = accountDecider.decide(
      { type: 'CreateAccount', data: { accountId: randomUUID(), username: account.username, agentId: account.agentId, roles: account.roles, passwordHash } },
      accountDecider.initialState(),
    );
    await store.append(
      accountStreamId(account.username),
      events.map((e) => ({ eventId: randomUUID(), type: e.type, data: e.data, metadata })),
      'no_stream',
    );
  }
  return password;
}
