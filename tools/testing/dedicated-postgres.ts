import { ChildProcessByStdio, spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

/** A PostgreSQL only this test uses, so it may stop or freeze it. */
export interface DedicatedPostgres {
  readonly adminUrl: string;
  /** SIGSTOP on the postmaster and every backend. */
  freeze(): Promise<void>;
  thaw(): Promise<void>;
  /** Immediate shutdown (SIGQUIT): connections cut, crash recovery at the next start. */
  crash(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

const script = join(resolve(__dirname), 'dedicated-postgres.server.mjs');

export async function startDedicatedPostgres(): Promise<DedicatedPostgres> {
  const child: ChildProcessByStdio<Writable, Readable, null> = spawn(process.execPath, [script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async (): Promise<Record<string, string>> => {
    const { value, done } = await lines.next();
    if (done) throw new Error('The dedicated PostgreSQL exited');
    return JSON.parse(value) as Record<string, string>;
  };
  const first = await next();
  if (!first['adminUrl']) throw new Error(`The dedicated PostgreSQL did not start: ${JSON.stringify(first)}`);
  let queue = Promise.resolve();
  const command = (name: string) => {
    const run = queue.then(async () => {
      child.stdin.write(`${name}\n`);
      const answer = await next();
      if (answer['error']) throw new Error(`${name}: ${answer['error']}`);
    });
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    adminUrl: first['adminUrl'],
    freeze: () => command('freeze'),
    thaw: () => command('thaw'),
    crash: () => command('crash'),
    start: () => command('start'),
    async stop() {
      await command('stop').catch(() => undefined);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
