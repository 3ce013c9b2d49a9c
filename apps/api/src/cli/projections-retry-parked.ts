import '../register-aliases';
import 'reflect-metadata';
import { GuardedClient, EventStoreDbEventStore, PostgresEventStore, retryParkedEvents } from '@maillage/shared/event-store';
import { EventStore } from '@maillage/shared/kernel';
import { Pool } from 'pg';
import { migrateDatabase } from '../app/database';
import { allProjections } from '../app/event-sourcing.module';
import { eventUpcasters } from '../app/event-upcasters';
import { chooseProjections } from './choose-projections';

/**
 * `npm run projections:retry-parked -- <name|all>`: after a fix, retries the
 * parked events of a projection in order per stream; those that now apply
 * leave the parked events (their rows show again), the others stay with their
 * new error. Prints one JSON line per projection; exit code 1 when events are
 * still parked (or the retry failed), so a script notices.
 */
async function main(): Promise<void> {
  const chosen = chooseProjections('projections:retry-parked', process.argv[2], allProjections());
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is not set');
  await migrateDatabase(url);
  // No timeouts (a rebuild may run long statements), but a lost connection ends the command with its message, not an unhandled 'error' event.
  const pool = new Pool({ connectionString: url, max: 4, Client: GuardedClient });
  pool.on('error', (error) => console.error(`Database connection lost: ${error.message}`));
  const esdbUrl = process.env['EVENTSTORE_URL'];
  const store: EventStore = esdbUrl ? EventStoreDbEventStore.fromConnectionString(esdbUrl, eventUpcasters) : new PostgresEventStore(pool, eventUpcasters);
  try {
    let stillParked = 0;
    for (const projection of chosen) {
      const outcome = await retryParkedEvents(pool, store, projection);
      console.log(JSON.stringify(outcome));
      stillParked += outcome.stillParked;
    }
    if (stillParked > 0) {
      console.error(`${stillParked} event(s) still parked: see their errors in projection_parked_events.`);
      process.exitCode = 1;
    }
  } finally {
    if (store instanceof EventStoreDbEventStore) await store.dispose();
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
