import { LOG_START, LogPosition } from '@maillage/shared/kernel';
import { Pool, PoolClient } from 'pg';

export async function ensureCheckpoint(db: Pool | PoolClient, name: string): Promise<void> {
  await db.query('INSERT INTO projection_checkpoints (name) VALUES ($1) ON CONFLICT (name) DO NOTHING', [name]);
}

export async function loadCheckpoint(db: Pool | PoolClient, name: string): Promise<LogPosition> {
  const { rows } = await db.query<{ transaction_id: string; position: string }>(
    'SELECT transaction_id, position FROM projection_checkpoints WHERE name = $1',
    [name],
  );
  return rows.length === 0 ? LOG_START : { transaction: Number(rows[0].transaction_id), position: Number(rows[0].position) };
}

/** Locks the checkpoint row if it still is at `at`; false when it moved (or is missing). */
export async function lockCheckpointAt(db: PoolClient, name: string, at: LogPosition): Promise<boolean> {
  // A missing row reads as the start: create it, or the runner would spin on it.
  if (at.transaction === 0 && at.position === 0) await ensureCheckpoint(db, name);
  const result = await db.query(
    'SELECT 1 FROM projection_checkpoints WHERE name = $1 AND transaction_id = $2 AND position = $3 FOR UPDATE',
    [name, at.transaction, at.position],
  );
  return result.rowCount === 1;
}

/** Locks the checkpoint row (creating it at the start if missing) and returns where it is. */
export async function lockCheckpoint(db: PoolClient, name: string): Promise<LogPosition> {
  await ensureCheckpoint(db, name);
  const { rows } = await db.query<{ transaction_id: string; position: string }>(
    'SELECT transaction_id, position FROM projection_checkpoints WHERE name = $1 FOR UPDATE',
    [name],
  );
  return { transaction: Number(rows[0].transaction_id), position: Number(rows[0].position) };
}

export async function setCheckpoint(db: PoolClient, name: string, to: LogPosition): Promise<void> {
  await db.query('UPDATE projection_checkpoints SET transaction_id = $2, position = $3, updated_at = now() WHERE name = $1', [
    name,
    to.transaction,
    to.position,
  ]);
}

/**
 * Moves the checkpoint only if it still is where this runner read it: a
 * rebuild (or another instance) that moved it makes the batch roll back.
 */
export async function advanceCheckpoint(
  db: PoolClient,
  name: string,
  from: LogPosition,
  to: LogPosition,
): Promise<boolean> {
  const result = await db.query(
    `UPDATE projection_checkpoints SET transaction_id = $4, position = $5, updated_at = now()
     WHERE name = $1 AND transaction_id = $2 AND position = $3`,
    [name, from.transaction, from.position, to.transaction, to.position],
  );
  return result.rowCount === 1;
}

export async function resetCheckpoint(db: Pool | PoolClient, name: string): Promise<void> {
  await db.query(
    `INSERT INTO projection_checkpoints (name) VALUES ($1)
     ON CONFLICT (name) DO UPDATE SET transaction_id = 0, position = 0, updated_at = now()`,
    [name],
  );
}

export interface CheckpointStatus {
  readonly name: string;
  readonly checkpoint: LogPosition;
  readonly updatedAt: string;
}

export async function listCheckpoints(db: Pool): Promise<CheckpointStatus[]> {
  const { rows } = await db.query<{ name: string; transaction_id: string; position: string; updated_at: Date }>(
    'SELECT name, transaction_id, position, updated_at FROM projection_checkpoints ORDER BY name',
  );
  return rows.map((r) => ({
    name: r.name,
    checkpoint: { transaction: Number(r.transaction_id), position: Number(r.position) },
    updatedAt: r.updated_at.toISOString(),
  }));
}
