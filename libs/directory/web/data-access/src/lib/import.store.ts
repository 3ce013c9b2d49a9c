import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';
import { exhaustMap, filter, Subscription, switchMap, takeWhile, timer } from 'rxjs';
import { problemOf } from '@maillage/shared/web-util';
import { ImportApi } from './import.api';
import { ImportJob } from './import.model';

export type ImportPhase = 'choosing' | 'uploading' | 'reviewing' | 'applying' | 'finished';

const POLL_EVERY_MS = 500;

/** The French message for a failed import request: the server's own when it gave one. */
function importErrorOf(error: unknown, fallback: string): string {
  const { status, code, detail } = problemOf(error);
  if (status === 403) return "Seuls la DRH et la DLSI peuvent importer l'annuaire.";
  // The import's own refusals (unreadable file, missing columns, too large, already applied) are in French.
  if (detail && code?.startsWith('IMPORT.')) return detail;
  if (status === 413) return 'Le fichier est trop volumineux.';
  return fallback;
}

/** One import: upload and dry run, then application with its progress. Provide it in the import page. */
@Injectable()
export class ImportStore {
  private readonly api = inject(ImportApi);
  private readonly phaseNow = signal<ImportPhase>('choosing');
  private readonly current = signal<ImportJob | null>(null);
  private readonly failure = signal<string | null>(null);
  private polling: Subscription | null = null;

  readonly phase = this.phaseNow.asReadonly();
  readonly job = this.current.asReadonly();
  readonly error = this.failure.asReadonly();
  /** Something the application would change: otherwise "Appliquer" has nothing to do. */
  readonly applicable = computed(() => {
    const summary = this.current()?.summary;
    return !!summary && summary.new + summary.changed > 0;
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.polling?.unsubscribe());
  }

  upload(file: File): void {
    this.failure.set(null);
    this.current.set(null);
    this.phaseNow.set('uploading');
    this.api.upload(file, file.name).subscribe({
      next: (job) => {
        this.current.set(job);
        this.phaseNow.set('reviewing');
      },
      error: (error: unknown) => {
        this.phaseNow.set('choosing');
        this.failure.set(importErrorOf(error, "Le fichier n'a pas pu être analysé. Réessayez dans un instant."));
      },
    });
  }

  apply(): void {
    const job = this.current();
    if (!job || this.phaseNow() !== 'reviewing') return;
    this.failure.set(null);
    this.phaseNow.set('applying');
    this.api.apply(job.id).subscribe({
      next: (started) => {
        this.current.set({ ...job, ...started, rows: job.rows });
        this.poll(job.id);
      },
      error: (error: unknown) => {
        this.phaseNow.set('reviewing');
        this.failure.set(importErrorOf(error, "L'import n'a pas pu démarrer. Réessayez dans un instant."));
      },
    });
  }

  /** Back to an import after a reload (its id is in the page's URL): as far as it got. */
  resume(id: string): void {
    this.phaseNow.set('uploading');
    this.api.get(id).subscribe({
      next: (job) => {
        this.current.set(job);
        if (job.status === 'dry_run') this.phaseNow.set('reviewing');
        else if (job.status === 'applying') {
          this.phaseNow.set('applying');
          this.poll(id);
        } else this.phaseNow.set('finished');
      },
      error: () => {
        this.phaseNow.set('choosing');
        this.failure.set("Cet import est introuvable. Choisissez de nouveau le fichier.");
      },
    });
  }

  /** Back to the file picker, for another file. */
  reset(): void {
    this.polling?.unsubscribe();
    this.current.set(null);
    this.failure.set(null);
    this.phaseNow.set('choosing');
  }

  /**
   * Asks for the progress alone (no rows) until the job is over, then for the report,
   * which now says how each row went. exhaustMap: a slow answer is never overtaken by
   * the next tick, so the bar only moves forward.
   */
  private poll(id: string): void {
    this.polling?.unsubscribe();
    this.polling = timer(POLL_EVERY_MS, POLL_EVERY_MS)
      .pipe(
        exhaustMap(() => this.api.get(id, 1, 0)),
        takeWhile((job) => job.status === 'applying', true),
        filter((job) => {
          if (job.status === 'applying') this.current.update((shown) => (shown ? { ...shown, ...job, rows: shown.rows } : job));
          return job.status !== 'applying';
        }),
        switchMap(() => this.api.get(id)),
      )
      .subscribe({
        next: (job) => {
          this.current.set(job);
          this.phaseNow.set('finished');
        },
        error: () => {
          this.phaseNow.set('finished');
          this.failure.set("Le suivi de l'import a été interrompu. L'import continue sur le serveur : rechargez la page pour voir où il en est.");
        },
      });
  }
}
