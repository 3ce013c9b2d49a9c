import '../register-aliases';
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { CreateAccountCommand, CreateAccountHandler, generateOneTimePassword } from '@maillage/identity/application';
import { ACCOUNT_ROLES, AccountRole } from '@maillage/identity/domain';
import { Argon2PasswordHasher } from '@maillage/identity/infrastructure';
import { EventStoreDbEventStore, GuardedClient, PostgresEventStore } from '@maillage/shared/event-store';
import { DomainError, EventStore, systemActor, systemClock } from '@maillage/shared/kernel';
import { Pool } from 'pg';
import { migrateDatabase } from '../app/database';
import { eventUpcasters } from '../app/event-upcasters';
import { loadConfig } from '../config';

const USAGE = 'Usage: npm run account:create -- --username <identifiant> [--roles admin,hr] [--agent-id <uuid>]';

function parse(): { username: string; roles: AccountRole[]; agentId: string | null } {
  const { values } = parseArgs({ options: { username: { type: 'string' }, roles: { type: 'string' }, 'agent-id': { type: 'string' } }, strict: true });
  if (!values.username) throw new Error(`--username is required. ${USAGE}`);
  const roles = (values.roles ?? '').split(',').map((role) => role.trim()).filter(Boolean);
  const unknown = roles.filter((role) => !(ACCOUNT_ROLES as readonly string[]).includes(role));
  if (unknown.length > 0) throw new Error(`Unknown role(s) ${unknown.join(', ')}: roles are ${ACCOUNT_ROLES.join(', ')}.`);
  return { username: values.username, roles: roles as AccountRole[], agentId: values['agent-id'] ?? null };
}

/**
 * `npm run account:create -- --username … --roles admin` (in the image:
 * `node dist/api/apps/api/src/cli/account-create.js --username …`): creates an
 * account with a one-time password, printed once here and stored only as an
 * argon2id hash; the first sign-in must change it. Reads the same environment
 * as the app (production included), so it writes to the log the app reads; the
 * app's projection shows the account within a second of it running (or at its
 * next start). This is how a production town hall gets its first administrator.
 */
async function main(): Promise<void> {
  const { username, roles, agentId } = parse();
  const config = loadConfig(process.env);
  await migrateDatabase(config.databaseUrl);
  const pool = new Pool({ connectionString: config.databaseUrl, max: 2, Client: GuardedClient });
  pool.on('error', (error) => console.error(`Database connection lost: ${error.message}`));
  const store: EventStore = config.eventStoreUrl
    ? EventStoreDbEventStore.fromConnectionString(config.eventStoreUrl, eventUpcasters)
    : new PostgresEventStore(pool, eventUpcasters);
  try {
    const accountId = randomUUID();
    const password = generateOneTimePassword(username);
    const handler = new CreateAccountHandler(store, systemClock, new Argon2PasswordHasher());
    await handler.execute(new CreateAccountCommand(accountId, username, password, roles, agentId, systemActor(`cli:account-create:${randomUUID()}`), false, true));
    console.log(`Compte « ${username.trim().toLowerCase()} » créé (${accountId}), rôles : ${['agent', ...roles.filter((r) => r !== 'agent')].join(', ')}.`);
    console.log(`Mot de passe provisoire (affiché une seule fois, à changer à la première connexion) : ${password}`);
  } finally {
    if (store instanceof EventStoreDbEventStore) await store.dispose();
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof DomainError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : error);
  process.exit(1);
});
