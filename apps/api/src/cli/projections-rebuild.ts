import '../register-aliases';
import 'reflect-metadata';
import { PostgresEventStore, ProjectionRunner, ReadModelWaiter, resetProjection } from '@maillage/shared/event-store';
import { Pool } from 'pg';
import { migrateDatabase } from '../app/database';
import { allProjections } from '../app/event-sourcing.module';

/**
 * `npm run projections:rebuild -- <name|all>`: empties a read model and
 * replays the whole log into it. If the app is running, its instance that
 * owns the projection replays it (this command waits for it); otherwise this
 * process does the replay itself.
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  const projections = allProjections();
  const chosen = name === 'all' ? projections : projections.filter((p) => p.name === name);
  if (!name || chosen.length === 0) {
    console.error(`Usage: npm run projections:rebuild -- <${projections.map((p) => p.name).join('|')}|all>`);
    process.exit(2);
  }
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is not set');
  if (process.env['EVENTSTORE_URL']) throw new Error('Rebuilding from EventStoreDB: run it inside the app container (EVENTSTORE_URL support lands with the deployment).');
  await migrateDatabase(url);
  const pool = new Pool({ connectionString: url, max: 4 });
  const store = new PostgresEventStore(pool);
  try {
    const started = Date.now();
    for (const projection of chosen) await resetProjection(pool, projection);
    const runner = new ProjectionRunner(pool, store, chosen, { batchSize: 2000 });
    await runner.catchUp();
    const replayedHere = runner.ownedProjections.length;
    await runner.stop();
    const reached = await new ReadModelWaiter(pool, chosen.map((p) => p.name), null).waitFor(await store.committedHeadPosition(), 30 * 60_000);
    const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM events');
    console.log(
      JSON.stringify({
        rebuilt: chosen.map((p) => p.name),
        replayedBy: replayedHere === chosen.length ? 'this command' : 'the running app',
        caughtUp: reached,
        eventsInLog: Number(rows[0].n),
        seconds: (Date.now() - started) / 1000,
      }),
    );
  } finally {
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
