import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { ImportStore } from '@maillage/directory/web/data-access';
import { replaceQueryParams } from '../replace-query-params';
import { finalSummary, outcomeCounts, progressText } from './import-labels';
import { ImportReportComponent } from './import-report.component';

/**
 * Import of the existing directory (HR and DLSI): a file, a dry run to review, then the
 * application with its progress. Nothing changes in the annuaire before "Appliquer".
 */
@Component({
  selector: 'mlg-import-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ImportReportComponent],
  providers: [ImportStore],
  templateUrl: './import-page.component.html',
  styleUrl: './import-page.component.css',
})
export class ImportPageComponent {
  protected readonly store = inject(ImportStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('file');
  private readonly stepTitle = viewChild<ElementRef<HTMLElement>>('stepTitle');

  protected readonly fileMissing = signal(false);
  protected readonly counts = computed(() => {
    const job = this.store.job();
    return job ? outcomeCounts(job.summary) : [];
  });
  protected readonly progress = computed(() => Math.round(this.store.job()?.progress ?? 0));
  protected readonly progressLabel = computed(() => {
    const job = this.store.job();
    return job ? progressText(job.progress, job.processedRows, job.totalRows) : '';
  });
  protected readonly summaryText = computed(() => {
    const job = this.store.job();
    return job && this.store.phase() === 'finished' ? finalSummary(job.summary, job.status) : '';
  });

  constructor() {
    const resumed = this.route.snapshot.queryParamMap.get('import');
    if (resumed) this.store.resume(resumed);

    // The import's id goes into the URL, so a reload finds the report or the progress again.
    effect(() => {
      const id = this.store.job()?.id ?? null;
      untracked(() => replaceQueryParams(this.router, this.route, { import: id }));
    });

    // Each new step (report, progress, summary) takes the focus at its heading.
    let previous = this.store.phase();
    effect(() => {
      const phase = this.store.phase();
      if (phase !== previous && phase !== 'uploading' && phase !== 'choosing') {
        afterNextRender(() => this.stepTitle()?.nativeElement.focus(), { injector: this.injector });
      }
      previous = phase;
    });
  }

  protected upload(event: Event): void {
    event.preventDefault();
    const file = this.fileInput()?.nativeElement.files?.[0];
    this.fileMissing.set(!file);
    if (file) this.store.upload(file);
    else this.fileInput()?.nativeElement.focus();
  }

  protected again(): void {
    this.store.reset();
    afterNextRender(() => this.fileInput()?.nativeElement.focus(), { injector: this.injector });
  }
}
