import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresEventStore } from '@maillage/shared/event-store';
import { Pool } from 'pg';
import { AppStartup, RunningApp, snapshotBuild, startApp } from './app-process';
import { BenchAccount, createBenchAccounts } from './bench-accounts';
import { CityLoad, CityLoadMode, loadCity } from './load-city';
import { TownHall, generateTownHall } from './town-hall';

/** Agents who get an account of their own, for the self-read series. */
const SELF_ACCOUNTS = 20;

export interface CityReport {
  readonly load: CityLoad;
  readonly startup: AppStartup;
  /** When the dist/api build the bench ran was made. */
  readonly builtAt: string;
}

export interface City {
  readonly url: string;
  readonly baseUrl: string;
  readonly auditKey: Buffer;
  readonly townHall: TownHall;
  /** Logged in as the bench HR user (roles agent + hr): every profile read is audited. */
  readonly hr: { readonly agentId: string; readonly token: string };
  /** Agents logged in as themselves. */
  readonly selves: readonly { readonly agentId: string; readonly token: string }[];
  readonly report: CityReport;
  readonly app: RunningApp;
  close(): Promise<void>;
}

export async function login(baseUrl: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`login ${username}: HTTP ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/**
 * The generated city in a fresh database, plus the bench's accounts, served by
 * the built app once its projections have caught up. The schema is the app's
 * own: a first start on the empty database runs its migrations.
 */
export async function openCity(
  createDatabase: (label: string) => Promise<string>,
  agentCount: number,
  mode: CityLoadMode,
  log: (line: string) => void,
): Promise<City> {
  const url = await createDatabase('city');
  const auditKey = randomBytes(32);
  const auditCheckpointFile = join(tmpdir(), `maillage-bench-audit-${randomBytes(4).toString('hex')}.jsonl`);
  const appEnv = { databaseUrl: url, auditKey, auditCheckpointFile };
  const townHall = generateTownHall({ agentCount });
  const hrAgentId = townHall.demoAccounts.find((a) => a.username === 'rh')?.agentId ?? townHall.agents[1].agentId;
  // Spread over the whole city, managers and teams alike.
  const selfAgents = Array.from({ length: SELF_ACCOUNTS }, (_, i) => townHall.agents[Math.floor(((i + 0.5) * townHall.agents.length) / SELF_ACCOUNTS)].agentId);
  const accounts: BenchAccount[] = [
    { username: 'bench-rh', agentId: hrAgentId, roles: ['agent', 'hr'] },
    ...selfAgents.map((agentId, i) => ({ username: `bench-self-${i}`, agentId, roles: ['agent' as const] })),
  ];
  const build = await snapshotBuild();
  let app: RunningApp | null = null;
  const cleanUp = async () => {
    await app?.stop();
    build.dispose();
    rmSync(auditCheckpointFile, { force: true });
  };
  try {
    await (await startApp(build, appEnv, 60_000)).stop();
    const pool = new Pool({ connectionString: url, max: 10 });
    let load: CityLoad;
    let password: string;
    try {
      load = await loadCity(pool, townHall, mode);
      log(`  city: ${load.units} units, ${load.agents} agents, ${load.events} events written (${mode}) in ${(load.writeMs / 1000).toFixed(1)} s`);
      password = await createBenchAccounts(new PostgresEventStore(pool), accounts);
    } finally {
      await pool.end();
    }
    const running = await startApp(build, appEnv, 300_000);
    app = running;
    log(`  app: listening after ${(running.startup.listeningMs / 1000).toFixed(1)} s, projections up to date after ${(running.startup.upToDateMs / 1000).toFixed(1)} s`);
    // What autovacuum does within a minute of the projection's bulk writes (since PostgreSQL 13, inserts trigger it too):
    // statistics for the plans, GIN pending lists merged, pages marked all-visible.
    const vacuum = new Pool({ connectionString: url, max: 1 });
    await vacuum.query('VACUUM ANALYZE');
    await vacuum.end();
    const hrToken = await login(running.baseUrl, 'bench-rh', password);
    const selves: { agentId: string; token: string }[] = [];
    for (const [i, agentId] of selfAgents.entries()) selves.push({ agentId, token: await login(running.baseUrl, `bench-self-${i}`, password) });
    return {
      url,
      baseUrl: running.baseUrl,
      auditKey,
      townHall,
      hr: { agentId: hrAgentId, token: hrToken },
      selves,
      report: { load, startup: running.startup, builtAt: build.builtAt },
      app: running,
      close: cleanUp,
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
