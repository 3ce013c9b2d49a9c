import { afterNextRender, ChangeDetectionStrategy, Component, effect, ElementRef, inject, Injector, input, untracked, viewChild } from '@angular/core';
import type { Feedback } from '@maillage/shared/web-util';

/**
 * What the page says after a command. Two live regions that always exist (a region added with
 * its message is not announced): a confirmation is polite, a failure assertive. On a failure the
 * focus moves to the message, so keyboard and screen-reader users land on what went wrong —
 * unless the page puts the focus somewhere better itself (`focusOnError` false), e.g. on the
 * field to correct or on a section that was reloaded under the focus.
 */
@Component({
  selector: 'mlg-feedback',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="status" aria-atomic="true">
      @if (feedback()?.kind === 'success') {
        <p class="mlg-alert mlg-alert--success">{{ feedback()?.text }}</p>
      }
    </div>
    <div role="alert" aria-live="assertive" aria-atomic="true">
      @if (feedback()?.kind === 'error') {
        <p #errorMessage class="mlg-alert mlg-alert--error" tabindex="-1">{{ feedback()?.text }}</p>
      }
    </div>
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class FeedbackComponent {
  readonly feedback = input<Feedback | null>(null);
  readonly focusOnError = input(true);
  private readonly errorMessage = viewChild<ElementRef<HTMLElement>>('errorMessage');
  private readonly injector = inject(Injector);

  constructor() {
    effect(() => {
      if (this.feedback()?.kind !== 'error' || !untracked(this.focusOnError)) return;
      afterNextRender(() => this.errorMessage()?.nativeElement.focus(), { injector: this.injector });
    });
  }
}
