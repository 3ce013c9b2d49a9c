import { randomUUID } from 'node:crypto';
import { EVENT_STORE_MIGRATIONS, PostgresEventStore, rebuildProjection } from '@maillage/shared/event-store';
import { AccountCommand, accountDecider, AccountRole, accountStreamId, identityStoredEvents } from '@maillage/identity/domain';
import { EventMetadata, handleCommand, UpcasterRegistry } from '@maillage/shared/kernel';
import { createTestDatabase, expectRebuildEqualsIncremental, IncrementalProjection, TestDatabase } from '@maillage/shared/testing';
import { AccountsProjection } from './accounts.projection';
import { IDENTITY_MIGRATIONS } from './identity.migration';

let db: TestDatabase;
let store: PostgresEventStore;
beforeAll(async () => {
  db = await createTestDatabase([...EVENT_STORE_MIGRATIONS, ...IDENTITY_MIGRATIONS]);
  store = new PostgresEventStore(db.pool, new UpcasterRegistry([identityStoredEvents]));
});
afterAll(() => db.drop());

const ids = { admin: randomUUID(), anne: randomUUID(), bruno: randomUUID(), chloe: randomUUID() };
type Name = keyof typeof ids;
/** An argon2id-shaped hash: the projection stores it as given. */
const hash = () => `$argon2id$v=19$m=19456,t=2,p=1$${randomUUID()}`;

/** A command on one account, through the account's decider, as the administration routes and the CLI drive it. */
const on = (username: Name, command: AccountCommand) => {
  const metadata: EventMetadata = { actorId: ids.admin, roles: ['admin'], correlationId: randomUUID(), causationId: null, occurredAt: new Date().toISOString() };
  return handleCommand(store, accountStreamId(username), accountDecider, command, { metadata, newEventId: randomUUID });
};
const create = (username: Name, roles: AccountRole[], oneTimePassword = false) =>
  on(username, { type: 'CreateAccount', data: { accountId: ids[username], username: ` ${username.toUpperCase()} `, agentId: randomUUID(), roles, passwordHash: hash(), oneTimePassword } });

describe('accounts projection, rebuilt from zero', () => {
  it('gives exactly the rows the live runner built batch by batch, over roles, disabling and password resets', async () => {
    const projection = new AccountsProjection();
    const live = new IncrementalProjection(db.pool, store, projection, 2);

    await create('admin', ['admin']);
    await create('anne', [], true);
    await create('bruno', ['hr']);
    await on('anne', { type: 'ChangePassword', accountId: ids.anne, passwordHash: hash() });
    await on('bruno', { type: 'GrantRole', accountId: ids.bruno, role: 'committee' });
    await live.catchUp();

    // Roles set as a whole (grants and revokes in one append), an account disabled then re-enabled, a reset.
    await on('anne', { type: 'SetRoles', accountId: ids.anne, roles: ['hr', 'committee'], otherEnabledAdmins: 1 });
    await create('chloe', ['agent']);
    await on('bruno', { type: 'DisableAccount', accountId: ids.bruno, otherEnabledAdmins: 1 });
    await on('anne', { type: 'RevokeRole', accountId: ids.anne, role: 'committee', otherEnabledAdmins: 1 });
    await on('bruno', { type: 'ResetPassword', accountId: ids.bruno, passwordHash: hash() });
    await on('chloe', { type: 'GrantRole', accountId: ids.chloe, role: 'admin' });
    await live.catchUp();

    await on('bruno', { type: 'ReenableAccount', accountId: ids.bruno });
    await on('anne', { type: 'SetRoles', accountId: ids.anne, roles: ['admin'], otherEnabledAdmins: 2 });
    await on('bruno', { type: 'ChangePassword', accountId: ids.bruno, passwordHash: hash() });
    await on('admin', { type: 'RevokeRole', accountId: ids.admin, role: 'admin', otherEnabledAdmins: 2 });
    await on('chloe', { type: 'DisableAccount', accountId: ids.chloe, otherEnabledAdmins: 2 });
    await on('chloe', { type: 'ResetPassword', accountId: ids.chloe, passwordHash: hash() });

    await expectRebuildEqualsIncremental(live, () => rebuildProjection(db.pool, store, projection));
  });
});
