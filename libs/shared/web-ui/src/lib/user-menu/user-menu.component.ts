import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';

/**
 * The signed-in user's menu, built as a disclosure (button + panel) rather than an
 * ARIA menu: it holds a single action, and a disclosure keeps native Tab order.
 */
@Component({
  selector: 'mlg-user-menu',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(keydown.escape)': 'close(true)', '(focusout)': 'onFocusOut($event)' },
  template: `
    <button
      #toggle
      type="button"
      class="toggle"
      aria-controls="mlg-user-menu-panel"
      [attr.aria-expanded]="open()"
      (click)="open.set(!open())"
    >
      <span class="mlg-visually-hidden">Compte de </span><span class="name">{{ userName() }}</span>
      <span aria-hidden="true" class="chevron">▾</span>
    </button>
    <div id="mlg-user-menu-panel" class="panel" [hidden]="!open()">
      <button type="button" class="mlg-button mlg-button--secondary" (click)="logout.emit()">
        Se déconnecter
      </button>
    </div>
  `,
  styles: `
    :host { position: relative; display: inline-block; }
    .toggle {
      min-height: 2.75rem;
      padding: 0.5rem 0.75rem;
      font: inherit;
      color: inherit;
      background: transparent;
      border: 1px solid currentColor;
      border-radius: var(--mlg-radius);
      cursor: pointer;
    }
    .toggle { display: inline-flex; align-items: center; max-width: 100%; }
    .chevron { margin-inline-start: 0.25rem; }
    /* On a phone the header keeps one row: a long name is cut visually, never for screen readers. */
    @media (max-width: 43.75em) {
      .name { max-width: 9rem; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    }
    .panel {
      position: absolute;
      inset-inline-end: 0;
      inset-block-start: calc(100% + 0.25rem);
      z-index: 5;
      padding: 0.75rem;
      background: var(--mlg-surface);
      border: 1px solid var(--mlg-border);
      border-radius: var(--mlg-radius);
      box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
      white-space: nowrap;
      color: var(--mlg-text);
      --mlg-focus: var(--mlg-focus-on-light);
    }
  `,
})
export class UserMenuComponent {
  readonly userName = input.required<string>();
  readonly logout = output<void>();
  readonly open = signal(false);
  private readonly toggle = viewChild.required<ElementRef<HTMLButtonElement>>('toggle');
  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);

  close(returnFocus: boolean): void {
    if (!this.open()) return;
    this.open.set(false);
    if (returnFocus) this.toggle().nativeElement.focus();
  }

  /** Tabbing out of the menu closes it, so it never hides content behind it. */
  onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && this.host.nativeElement.contains(next)) return;
    this.close(false);
  }
}
