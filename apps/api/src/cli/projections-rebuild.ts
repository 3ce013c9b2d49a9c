import '../register-aliases';
import 'reflect-metadata';
import { GuardedClient, PostgresEventStore, rebuildProjection } from '@maillage/shared/event-store';
import { Pool } from 'pg';
import { migrateDatabase } from '../app/database';
import { allProjections } from '../app/event-sourcing.module';
import { eventUpcasters } from '../app/event-upcasters';
import { chooseProjections } from './choose-projections';

/**
 * `npm run projections:rebuild -- <name|all>`: rebuilds a read model beside
 * the live one and swaps it in (see `rebuildProjection`). Works while the app
 * runs: it keeps serving the old tables until the swap, then goes on from the
 * position the rebuild reached. Prints one JSON line per projection; ends
 * with exit code 1 and a message naming the projection if one fails.
 */
async function main(): Promise<void> {
  const chosen = chooseProjections('projections:rebuild', process.argv[2], allProjections());
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is not set');
  if (process.env['EVENTSTORE_URL']) throw new Error('Rebuilding from EventStoreDB: run it inside the app container (EVENTSTORE_URL support lands with the deployment).');
  await migrateDatabase(url);
  // No timeouts (a rebuild may run long statements), but a lost connection ends the command with its message, not an unhandled 'error' event.
  const pool = new Pool({ connectionString: url, max: 4, Client: GuardedClient });
  pool.on('error', (error) => console.error(`Database connection lost: ${error.message}`));
  const store = new PostgresEventStore(pool, eventUpcasters);
  try {
    for (const projection of chosen) {
      const outcome = await rebuildProjection(pool, store, projection);
      console.log(JSON.stringify({ rebuilt: outcome.projection, events: outcome.events, parked: outcome.parked, position: outcome.position, seconds: outcome.seconds }));
      if (outcome.parked > 0) console.error(`Projection "${outcome.projection}": ${outcome.parked} event(s) parked; see GET /api/health and npm run projections:retry-parked.`);
    }
  } finally {
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
