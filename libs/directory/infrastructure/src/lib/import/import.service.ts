import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap, Optional } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ImportTask, PlannedCommand, planImport, readImportFile } from '@maillage/directory/application';
import { REDACTOR, Redactor } from '@maillage/governance/contracts';
import { ReadModelWaiter } from '@maillage/shared/event-store';
import { Actor, CommandOutcome, DomainError, EVENT_STORE, EventStore, SQL, Sql } from '@maillage/shared/kernel';
import { loadDirectorySnapshot } from './directory-snapshot.loader';
import { importReason, toBusCommand } from './import-commands';
import { ImportJobListItem, ImportJobSummary, ImportJobView, ImportedRow, RowPage } from './import-job';
import { ImportJobsRepository } from './import-jobs.repository';
import { redactReport } from './import-report-redaction';
import { runImportPlan } from './import-runner';

export interface ImportOptions {
  /** Commands in flight at once while applying. */
  readonly concurrency: number;
  /** Bound on each wait for the read models (between waves, and at the end). */
  readonly readModelWaitMs: number;
  /** How often, at most, progress is written to the job row. */
  readonly progressEveryMs: number;
}

export const IMPORT_OPTIONS = Symbol('ImportOptions');
const DEFAULTS: ImportOptions = { concurrency: 8, readModelWaitMs: 60_000, progressEveryMs: 250 };

const notFound = (id: string) => new DomainError('IMPORT.NOT_FOUND', 'not_found', 'Import introuvable.', { importId: id });

/**
 * Dry run, then application, of a directory file. The dry run stores the
 * report and the plan; applying sends the planned commands through the
 * command bus — the same handlers and rules as edits by hand — with the
 * importer as actor and the file's hash as reason.
 */
@Injectable()
export class ImportService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DirectoryImport');
  private readonly jobs: ImportJobsRepository;
  private readonly options: ImportOptions;
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    @Inject(SQL) private readonly db: Sql,
    private readonly commands: CommandBus,
    private readonly waiter: ReadModelWaiter,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(REDACTOR) private readonly redactor: Redactor,
    @Optional() @Inject(IMPORT_OPTIONS) options?: Partial<ImportOptions>,
  ) {
    this.jobs = new ImportJobsRepository(db);
    this.options = { ...DEFAULTS, ...options };
  }

  async onApplicationBootstrap(): Promise<void> {
    const abandoned = await this.jobs.failAbandoned(600);
    if (abandoned > 0) this.logger.warn(`${abandoned} import(s) interrupted by a stop were marked failed`);
  }

  async dryRun(bytes: Uint8Array, fileName: string, actor: Actor, page: RowPage = { page: 1, pageSize: 500 }): Promise<ImportJobView> {
    const file = readImportFile(bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    // Plan against a directory that shows every write made so far, including a previous import.
    await this.waiter.waitFor(await this.store.committedHeadPosition(), this.options.readModelWaitMs);
    const snapshot = await this.db.transaction((sql) => loadDirectorySnapshot(sql), 'REPEATABLE READ');
    const plan = planImport(file.rows, snapshot);
    const summary: ImportJobSummary = {
      ...plan.summary,
      encoding: file.encoding,
      delimiter: file.delimiter,
      columns: [...file.columns],
      ignoredColumns: file.ignoredColumns,
    };
    const id = randomUUID();
    await this.jobs.insert({ id, fileName, sha256, createdBy: actor.accountId, summary, report: plan.rows, tasks: plan.tasks });
    this.logger.log({ importId: id, sha256, ...plan.summary }, 'Import dry run');
    return this.find(id, page, actor);
  }

  /** Starts applying a dry run in the background; the job's progress says how far it got. */
  async apply(id: string, actor: Actor): Promise<ImportJobView> {
    const claimed = await this.jobs.claimForApply(id, actor.accountId);
    if (!claimed) {
      const job = await this.jobs.find(id, { page: 1, pageSize: 0 });
      if (!job) throw notFound(id);
      if (job.purgedAt) {
        throw new DomainError('IMPORT.PURGED', 'conflict', 'Cette simulation a dépassé la durée de conservation et son détail a été effacé : importez de nouveau le fichier.', {
          importId: id,
        });
      }
      throw new DomainError('IMPORT.NOT_A_DRY_RUN', 'conflict', 'Cet import a déjà été appliqué (ou est en cours) : importez de nouveau le fichier pour une nouvelle simulation.', {
        importId: id,
        // Not `status`: the problem+json filter spreads details over the body, and `status` is the HTTP status.
        importStatus: job.status,
      });
    }
    const work = this.execute(id, claimed.tasks, claimed.report, importReason(claimed.sha256), actor).finally(() => this.running.delete(id));
    this.running.set(id, work);
    return this.find(id, { page: 1, pageSize: 0 }, actor);
  }

  /** Resolves when the application of `id` started by this instance is over (tests, graceful shutdown). */
  async settled(id: string): Promise<void> {
    await this.running.get(id);
  }

  /** The job and a page of its report, as this viewer may read it: governed values pass the redaction point row by row. */
  async find(id: string, page: RowPage, viewer: Actor): Promise<ImportJobView> {
    const job = await this.jobs.find(id, page);
    if (!job) throw notFound(id);
    return { ...job, rows: await redactReport(job.rows, viewer, this.redactor) };
  }

  recent(limit = 50): Promise<ImportJobListItem[]> {
    return this.jobs.recent(limit);
  }

  private async execute(id: string, tasks: ImportTask[], report: ImportedRow[], reason: string, actor: Actor): Promise<void> {
    try {
      const progress = new ProgressWriter((processed) => this.jobs.progress(id, processed), this.options.progressEveryMs, (err) =>
        this.logger.warn({ err, importId: id }, 'Progress not saved'),
      );
      const result = await runImportPlan(
        report.length,
        tasks,
        {
          send: (command: PlannedCommand, expectedVersion) => this.commands.execute<ReturnType<typeof toBusCommand>, CommandOutcome>(toBusCommand(command, expectedVersion, actor, reason)),
          onProgress: (processed) => progress.report(processed),
          onUnexpectedError: (err, task) => this.logger.error({ err, importId: id, line: task.line }, 'Import row failed unexpectedly'),
        },
        this.options.concurrency,
      );
      await progress.flush();
      // The job says « applied » only once the directory shows the import.
      if (result.lastPosition) await this.waiter.waitFor(result.lastPosition, this.options.readModelWaitMs);
      const rows = report.map((row) => {
        const outcome = result.results.get(row.line);
        if (!outcome) return row;
        return outcome.applied ? { ...row, applied: true } : { ...row, applied: false, applyError: outcome.error };
      });
      const failed = [...result.results.values()].filter((r) => !r.applied).length;
      const [job] = await this.db.query<{ summary: ImportJobSummary }>('SELECT summary FROM directory_imports WHERE id = $1', [id]);
      await this.jobs.finish(id, { report: rows, summary: { ...job.summary, applied: result.results.size - failed, failed }, processedRows: result.processedRows });
      this.logger.log({ importId: id, applied: result.results.size - failed, failed }, 'Import applied');
    } catch (err) {
      this.logger.error({ err, importId: id }, 'Import application failed');
      await this.jobs.fail(id, 'erreur inattendue pendant l’application ; les lignes déjà appliquées le restent, importez de nouveau le fichier pour le reste').catch(() => undefined);
    }
  }
}

/** Saves progress at most every `everyMs`, one write at a time, always ending with the latest figure. */
class ProgressWriter {
  private latest = 0;
  private written = 0;
  private lastWrite = 0;
  private inFlight: Promise<void> | null = null;

  constructor(
    private readonly write: (processed: number) => Promise<void>,
    private readonly everyMs: number,
    private readonly onError: (err: unknown) => void,
  ) {}

  report(processed: number): void {
    this.latest = processed;
    if (this.inFlight || Date.now() - this.lastWrite < this.everyMs) return;
    this.inFlight = this.save().finally(() => (this.inFlight = null));
  }

  async flush(): Promise<void> {
    await this.inFlight;
    if (this.latest !== this.written) await this.save();
  }

  private async save(): Promise<void> {
    const value = this.latest;
    this.lastWrite = Date.now();
    await this.write(value).catch(this.onError);
    this.written = value;
  }
}
