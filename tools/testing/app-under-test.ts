import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

export interface AppUnderTest {
  readonly baseUrl: string;
  /** The app's own database, for assertions on the event log. */
  readonly databaseUrl: string;
  readonly auditKey: string;
  readonly auditCheckpointFile: string;
  /** The app's process, e.g. to kill -9 it. */
  readonly process: ChildProcess;
  /** SIGKILL, as a crash: no shutdown hook runs. Resolves once the process is gone. */
  kill(): Promise<void>;
  /** What the app printed, when started with `captureOutput`. */
  output(): string;
  /** Stops the app; drops its database unless it borrowed another instance's. */
  stop(): Promise<void>;
}

export interface AppUnderTestOptions {
  /** Run on this instance's database, audit key and checkpoint file (a second instance, or a restart after a crash). */
  readonly sameDatabaseAs?: AppUnderTest;
  /** Create the database in this PostgreSQL (e.g. a dedicated one a test may stop) instead of the shared test one. */
  readonly adminUrl?: string;
  /** Keep the app's output (for assertions) instead of printing it. */
  readonly captureOutput?: boolean;
}

const root = resolve(__dirname, '..', '..');

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

/**
 * Starts the built app (dist/api, serving dist/web) as its own process on a
 * free port, on a fresh database in the test PostgreSQL, seeded with the demo
 * town hall: what a user would run, reached over real HTTP.
 */
export async function startAppUnderTest(extraEnv: Record<string, string> = {}, options: AppUnderTestOptions = {}): Promise<AppUnderTest> {
  const entry = join(root, 'dist', 'api', 'apps', 'api', 'src', 'main.js');
  if (!existsSync(entry)) throw new Error('dist/api is missing: build first (`npm test` does, or `npx nx run api:build`).');
  const adminUrl = options.adminUrl ?? process.env['MAILLAGE_TEST_ADMIN_URL'];
  if (!adminUrl) throw new Error('MAILLAGE_TEST_ADMIN_URL is not set: run through Jest.');
  const borrowed = options.sameDatabaseAs;
  const name = `e2e_${randomBytes(5).toString('hex')}`;
  let databaseUrl: string;
  let auditKey: string;
  let auditCheckpointFile: string;
  if (borrowed) {
    ({ databaseUrl, auditKey, auditCheckpointFile } = borrowed);
  } else {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
    auditKey = randomBytes(32).toString('base64');
    auditCheckpointFile = join(tmpdir(), `${name}-audit-checkpoints.jsonl`);
  }
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [entry], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      MAILLAGE_AUDIT_KEY: auditKey,
      MAILLAGE_AUDIT_CHECKPOINT_FILE: auditCheckpointFile,
      ...extraEnv,
    },
    stdio: ['ignore', options.captureOutput ? 'pipe' : 'inherit', options.captureOutput ? 'pipe' : 'inherit'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilSeeded(baseUrl, child);
  return {
    baseUrl,
    databaseUrl,
    auditKey,
    auditCheckpointFile,
    process: child,
    output: () => output.join(''),
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((ok) => setTimeout(ok, 10_000))]);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
      if (borrowed) return;
      const cleanup = new Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
      rmSync(auditCheckpointFile, { force: true });
    },
  };
}

async function waitUntilSeeded(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`The app exited during start-up with code ${child.exitCode ?? child.signalCode}`);
    try {
      const health = await fetch(`${baseUrl}/api/health`);
      if (health.ok) {
        const body = (await health.json()) as { projections: { upToDate: boolean }[] };
        if (body.projections.every((p) => p.upToDate)) return;
      }
    } catch {
      /* not listening yet */
    }
    await new Promise((ok) => setTimeout(ok, 250));
  }
  child.kill('SIGKILL');
  throw new Error('The app did not become healthy within 90 s');
}
