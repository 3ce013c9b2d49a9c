import '../register-aliases';
import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { AuditCheckpoint, verifyAuditChain } from '@maillage/governance/infrastructure';
import { GuardedClient } from '@maillage/shared/event-store';
import { Pool } from 'pg';
import { loadConfig } from '../config';

/**
 * `npm run audit:verify`: recomputes the read-audit chain with the key (which
 * is not in the database) and checks it against the exported checkpoints.
 * Exits 1 and names the first broken entry if anything was altered.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const checkpointFile = process.argv[2] ?? config.auditCheckpointFile;
  const checkpoints: AuditCheckpoint[] =
    checkpointFile && existsSync(checkpointFile)
      ? readFileSync(checkpointFile, 'utf8')
          .split('\n')
          .filter((line) => line.trim())
          .map((line) => JSON.parse(line) as AuditCheckpoint)
      : [];
  // No timeouts (a rebuild may run long statements), but a lost connection ends the command with its message, not an unhandled 'error' event.
  const pool = new Pool({ connectionString: config.databaseUrl, max: 2, Client: GuardedClient });
  pool.on('error', (error) => console.error(`Database connection lost: ${error.message}`));
  try {
    const result = await verifyAuditChain(pool, config.auditKey, checkpoints);
    console.log(JSON.stringify({ ...result, checkpoints: checkpoints.length }));
    if (!result.ok) {
      console.error(`Audit trail broken at entry ${result.firstBroken?.seq}: ${result.firstBroken?.reason}`);
      process.exitCode = 1;
    }
  } finally {
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
