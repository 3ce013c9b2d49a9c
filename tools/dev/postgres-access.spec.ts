import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const { untraversableFolders } = require('./postgres-access.cjs') as {
  untraversableFolders: (target: string, account: { uid: number; gids: number[] }) => string[];
};

describe('the postgres user’s way to the data folder', () => {
  let root: string;
  let locked: string;
  let target: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'maillage-access-'));
    chmodSync(root, 0o755);
    locked = join(root, 'locked');
    target = join(locked, 'data');
    mkdirSync(target, { recursive: true });
    chmodSync(locked, 0o700);
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const stranger = () => ({ uid: statSync(locked).uid + 4242, gids: [] as number[] });

  it('names a folder that neither owner, group nor other rights let the account enter', () => {
    expect(untraversableFolders(target, stranger())).toEqual([locked]);
  });

  it('lets the account through once others may traverse (chmod o+x)', () => {
    chmodSync(locked, 0o701);
    expect(untraversableFolders(target, stranger())).toEqual([]);
  });

  it('counts the owner and group execute bits for their owner and group only', () => {
    const { uid, gid } = statSync(locked);
    expect(untraversableFolders(target, { uid, gids: [] })).toEqual([]);
    chmodSync(locked, 0o710);
    expect(untraversableFolders(target, { uid: uid + 4242, gids: [gid] })).toEqual([]);
    expect(untraversableFolders(target, stranger())).toEqual([locked]);
  });

  it('stops at the first folder that does not exist yet (root creates it later)', () => {
    expect(untraversableFolders(join(root, 'not-yet', 'pg'), stranger())).toEqual([]);
  });

  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  // Only root hands PostgreSQL to another user; anyone else runs it as themselves and never meets this.
  (asRoot ? it : it.skip)('stops the embedded PostgreSQL start with the fix, not a spawn EACCES stack', () => {
    const startUrl = new URL(`file://${resolve(__dirname, 'embedded-postgres.mjs')}`).href;
    const run = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { startEmbeddedPostgresOrExit } from '${startUrl}';
         await startEmbeddedPostgresOrExit({ dir: process.argv[1], dirVariable: 'MAILLAGE_DATA_DIR' });
         console.log('started');`,
        join(target, 'pg'),
      ],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain('started');
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining(`cannot enter ${locked}`)]);
    expect(run.stderr).toContain(`chmod o+x ${locked}`);
    expect(run.stderr).toContain('MAILLAGE_DATA_DIR');
    expect(run.stderr).not.toContain('EACCES');
  });
});
