import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';

/**
 * First focusable element of every page. It focuses the target itself instead of
 * letting the browser follow `#id`: a fragment change would go through the router
 * and the focus would not reliably land in the content.
 */
@Component({
  selector: 'mlg-skip-link',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<a class="skip-link" [href]="'#' + target()" (click)="skip($event)"><ng-content /></a>`,
  styles: `
    .skip-link {
      position: absolute;
      inset-block-start: 0.5rem;
      inset-inline-start: 0.5rem;
      z-index: 10;
      padding: 0.75rem 1rem;
      font-weight: 600;
      color: var(--mlg-on-primary);
      background: var(--mlg-primary);
      border-radius: var(--mlg-radius);
      transform: translateY(-200%);
    }
    .skip-link:focus {
      transform: none;
      outline: 3px solid var(--mlg-focus-on-dark);
    }
  `,
})
export class SkipLinkComponent {
  readonly target = input.required<string>();
  private readonly document = inject(DOCUMENT);

  skip(event: Event): void {
    const element = this.document.getElementById(this.target());
    if (!element) return;
    event.preventDefault();
    if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
    element.focus();
  }
}
