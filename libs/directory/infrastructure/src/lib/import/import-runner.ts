import { ImportTask, PlannedCommand, RowIssue, VERSIONED_COMMANDS } from '@maillage/directory/application';
import { CommandOutcome, DomainError, LogPosition, comparePositions } from '@maillage/shared/kernel';

export interface ImportRunnerPorts {
  /** Sends one planned command; `expectedVersion` is set for the commands that take one. */
  send(command: PlannedCommand, expectedVersion: number | undefined): Promise<CommandOutcome>;
  /** Rows finished so far (applied, failed, or with nothing to do). */
  onProgress(processedRows: number): void;
  /** An error that is not a domain rule (a bug, the database gone): logged, shown generically. */
  onUnexpectedError(error: unknown, task: ImportTask): void;
}

export type RowResult = { readonly applied: true } | { readonly applied: false; readonly error: RowIssue };

export interface ImportRunResult {
  /** By line, for the rows that had commands. */
  readonly results: ReadonlyMap<number, RowResult>;
  readonly processedRows: number;
  /** Where the last event landed, for the final read-your-writes wait. */
  readonly lastPosition: LogPosition | null;
}

function asIssue(error: unknown): RowIssue | null {
  if (!(error instanceof DomainError)) return null;
  if (error.code === 'EVENT_STORE.WRONG_EXPECTED_VERSION') {
    return { code: 'IMPORT.CONCURRENT_EDIT', message: 'Cette fiche a été modifiée depuis la simulation : importez de nouveau le fichier pour appliquer cette ligne.' };
  }
  return { code: error.code, message: error.message };
}

/** Runs `work` over `items`, at most `concurrency` at a time. */
async function inPool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/**
 * Applies a plan: wave after wave (a wave starts once the previous one is
 * stored; the handlers check reporting lines and units on the write side, so
 * they see it without waiting for any read model), tasks of a wave in
 * parallel up to `concurrency`, each task's commands in order. A row whose
 * command fails stops there, and so do the rows waiting for it (reports of a
 * new manager who could not be registered); the others go on.
 */
export async function runImportPlan(
  totalRows: number,
  tasks: readonly ImportTask[],
  ports: ImportRunnerPorts,
  concurrency = 8,
): Promise<ImportRunResult> {
  const tasksLeft = new Map<number, number>();
  for (const task of tasks) tasksLeft.set(task.line, (tasksLeft.get(task.line) ?? 0) + 1);
  const results = new Map<number, RowResult>();
  const failedAgents = new Map<string, number>();
  const versions = new Map<string, number>();
  let processed = totalRows - tasksLeft.size;
  let lastPosition: LogPosition | null = null;

  const finishRow = (line: number, result: RowResult) => {
    results.set(line, result);
    processed++;
    ports.onProgress(processed);
  };
  const fail = (task: ImportTask, error: RowIssue) => {
    failedAgents.set(task.agentId, task.line);
    finishRow(task.line, { applied: false, error });
  };
  const run = async (task: ImportTask) => {
    if (results.has(task.line)) return;
    const blocker = task.dependsOn.find((agentId) => failedAgents.has(agentId));
    if (blocker) {
      fail(task, { code: 'IMPORT.MANAGER_NOT_IMPORTED', message: `Le responsable (ligne ${failedAgents.get(blocker)}) n’a pas pu être importé.` });
      return;
    }
    for (const command of task.commands) {
      const expected = VERSIONED_COMMANDS.has(command.type) ? (versions.get(task.agentId) ?? task.snapshotVersion ?? undefined) : undefined;
      let outcome: CommandOutcome;
      try {
        outcome = await ports.send(command, expected);
      } catch (error) {
        const known = asIssue(error);
        if (!known) ports.onUnexpectedError(error, task);
        fail(task, known ?? { code: 'IMPORT.APPLY_FAILED', message: 'Erreur inattendue en appliquant cette ligne ; elle a été enregistrée.' });
        return;
      }
      if (outcome.streamVersion !== undefined) versions.set(task.agentId, outcome.streamVersion);
      if (outcome.logPosition && (lastPosition === null || comparePositions(outcome.logPosition, lastPosition) > 0)) lastPosition = outcome.logPosition;
    }
    const left = (tasksLeft.get(task.line) ?? 1) - 1;
    tasksLeft.set(task.line, left);
    if (left === 0) finishRow(task.line, { applied: true });
  };

  const waves = new Map<number, ImportTask[]>();
  for (const task of tasks) {
    const wave = waves.get(task.wave);
    if (wave) wave.push(task);
    else waves.set(task.wave, [task]);
  }
  const ordered = [...waves.keys()].sort((a, b) => a - b);
  for (const wave of ordered) await inPool(waves.get(wave) ?? [], concurrency, run);
  return { results, processedRows: processed, lastPosition };
}
