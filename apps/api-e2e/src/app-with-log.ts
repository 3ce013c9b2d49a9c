import { Client } from 'pg';
import { AppUnderTest, startAppUnderTest } from '@maillage/tools/testing';
import { Http } from './http';

/** The built app over HTTP, plus a connection to its own database to check what the log holds. */
export interface AppWithLog {
  readonly app: AppUnderTest;
  readonly http: Http;
  readonly db: Client;
}

export async function startAppWithLog(extraEnv: Record<string, string> = {}): Promise<AppWithLog> {
  const app = await startAppUnderTest(extraEnv);
  const db = new Client({ connectionString: app.databaseUrl });
  await db.connect();
  return { app, http: new Http(app.baseUrl), db };
}

export async function stopAppWithLog(started: Partial<AppWithLog>): Promise<void> {
  await started.db?.end();
  await started.app?.stop();
}

/** Events in the log: a refused request must leave this unchanged. */
export async function countEvents(db: Client): Promise<number> {
  return Number((await db.query('SELECT count(*) AS n FROM events')).rows[0].n);
}
