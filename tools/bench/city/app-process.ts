import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { sleep } from '../stats';

const root = resolve(__dirname, '..', '..', '..');
const BUILD = join(root, 'dist', 'api');
const ENTRY = join('apps', 'api', 'src', 'main.js');

export interface AppStartup {
  /** Spawn to the first answer of /api/health (migrations, Nest start-up). */
  readonly listeningMs: number;
  /** Spawn to every projection up to date. */
  readonly upToDateMs: number;
  /** Per projection: positions it moved through and the time between its first and its last checkpoint seen. */
  readonly projections: readonly { readonly name: string; readonly positions: number; readonly ms: number }[];
}

export interface RunningApp {
  readonly baseUrl: string;
  readonly startup: AppStartup;
  /** The app process' peak resident memory (VmHWM), null where /proc is not available. */
  peakRssBytes(): number | null;
  stop(): Promise<void>;
}

export interface AppEnvironment {
  readonly databaseUrl: string;
  readonly auditKey: Buffer;
  readonly auditCheckpointFile: string;
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => ok(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Seen {
  first: { at: number; position: number } | null;
  last: { at: number; position: number } | null;
}

/** Reads projection_checkpoints every 100 ms while the app catches up; a failure ends the watch, not the bench. */
function watchCheckpoints(databaseUrl: string, started: number): { seen: Map<string, Seen>; stop(): Promise<void> } {
  const seen = new Map<string, Seen>();
  let running = true;
  const loop = (async () => {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      while (running) {
        // Until the app has migrated a fresh database, there is no table yet.
        const { rows } = await client
          .query<{ name: string; position: string }>('SELECT name, position FROM projection_checkpoints')
          .catch((error: { code?: string }) => (error.code === '42P01' ? { rows: [] } : Promise.reject(error)));
        const at = Date.now() - started;
        for (const row of rows) {
          const position = Number(row.position);
          const s = seen.get(row.name) ?? { first: null, last: null };
          if (position > 0 && !s.first) s.first = { at, position };
          if (position > 0 && (!s.last || position > s.last.position)) s.last = { at, position };
          seen.set(row.name, s);
        }
        await sleep(100);
      }
    } finally {
      await client.end();
    }
  })().catch((error: unknown) => process.stderr.write(`bench: projection checkpoints no longer watched: ${String(error)}\n`));
  return {
    seen,
    async stop() {
      running = false;
      await loop;
    },
  };
}

export interface AppBuild {
  /** A private copy of dist/api. */
  readonly dir: string;
  /** When that build was made. */
  readonly builtAt: string;
  dispose(): void;
}

/**
 * Copies dist/api under tmp/ (so node_modules still resolve): a build started
 * elsewhere while the bench runs empties dist/api first. Waits up to two
 * minutes for a build under way to finish.
 */
export async function snapshotBuild(): Promise<AppBuild> {
  // Missing, or written in the last 5 s: a build is under way.
  const settled = () => existsSync(join(BUILD, ENTRY)) && Date.now() - newestMtime(BUILD) > 5000;
  for (let waited = 0; !settled(); waited += 1000) {
    if (waited >= 120_000) throw new Error('dist/api is missing: build it first (`NX_DAEMON=false npx nx run api:build`).');
    await sleep(1000);
  }
  const before = newestMtime(BUILD);
  const dir = join(root, 'tmp', `bench-app-${randomBytes(4).toString('hex')}`);
  cpSync(BUILD, dir, { recursive: true });
  if (!existsSync(join(BUILD, ENTRY)) || newestMtime(BUILD) !== before) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error('dist/api changed while the bench copied it: run the bench again.');
  }
  return { dir, builtAt: new Date(before).toISOString(), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

function newestMtime(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }, 0);
}

/**
 * The built app as its own process on the bench database, set up as
 * tools/testing/app-under-test.ts sets it up, with no demo data; resolves
 * once /api/health shows every projection up to date.
 */
export async function startApp(build: AppBuild, env: AppEnvironment, timeoutMs: number): Promise<RunningApp> {
  const copy = build.dir;
  const port = await freePort();
  const started = Date.now();
  const watcher = watchCheckpoints(env.databaseUrl, started);
  const child: ChildProcess = spawn(process.execPath, [join(copy, ENTRY)], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: env.databaseUrl,
      PORT: String(port),
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      MAILLAGE_SEED_DEMO: 'false',
      MAILLAGE_AUDIT_KEY: env.auditKey.toString('base64'),
      MAILLAGE_AUDIT_CHECKPOINT_FILE: env.auditCheckpointFile,
    },
    // The app logs JSON lines; keep them off the report (stdout).
    stdio: ['ignore', process.stderr, process.stderr],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (!stopping) process.stderr.write(`bench: the app on port ${port} (pid ${child.pid}) exited on its own: code ${code}, signal ${signal}\n`);
  });
  const stop = async () => {
    stopping = true;
    if (child.exitCode === null) {
      const exited = new Promise((ok) => child.once('exit', ok));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(10_000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  };
  try {
    let listeningMs: number | null = null;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`The app exited during start-up with code ${child.exitCode}`);
      if (Date.now() - started > timeoutMs) throw new Error(`The app's projections were not up to date within ${timeoutMs / 1000} s`);
      const health = await fetch(`${baseUrl}/api/health`).catch(() => null);
      if (health?.ok) {
        listeningMs ??= Date.now() - started;
        const body = (await health.json()) as { projections: { upToDate: boolean }[] };
        if (body.projections.every((p) => p.upToDate)) break;
      }
      await sleep(100);
    }
    const upToDateMs = Date.now() - started;
    await watcher.stop();
    const projections = [...watcher.seen.entries()].map(([name, s]) => ({
      name,
      positions: s.first && s.last ? s.last.position - s.first.position : 0,
      ms: s.first && s.last ? s.last.at - s.first.at : 0,
    }));
    return {
      baseUrl,
      startup: { listeningMs: listeningMs ?? upToDateMs, upToDateMs, projections },
      peakRssBytes: () => peakRss(child.pid),
      stop,
    };
  } catch (error) {
    await watcher.stop().catch(() => undefined);
    await stop();
    throw error;
  }
}

function peakRss(pid: number | undefined): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}
