import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';

/**
 * Previous / next pagination. The ends are marked aria-disabled rather than
 * disabled: a disabled button drops the keyboard focus to <body> at the last page.
 */
@Component({
  selector: 'mlg-pagination',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (pageCount() > 1) {
      <nav class="pagination" [attr.aria-label]="label()">
        <button
          type="button"
          class="mlg-button mlg-button--secondary"
          [attr.aria-disabled]="isFirst()"
          (click)="go(page() - 1)"
        >
          <span aria-hidden="true">←</span> Page précédente
        </button>
        <p class="position">Page {{ page() }} sur {{ pageCount() }}</p>
        <button
          type="button"
          class="mlg-button mlg-button--secondary"
          [attr.aria-disabled]="isLast()"
          (click)="go(page() + 1)"
        >
          Page suivante <span aria-hidden="true">→</span>
        </button>
      </nav>
    }
  `,
  styles: `
    .pagination { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem; margin-block: 1.5rem; }
    .position { margin: 0; font-weight: 600; }
  `,
})
export class PaginationComponent {
  /** 1-based, like the API. */
  readonly page = input.required<number>();
  readonly pageCount = input.required<number>();
  readonly label = input('Pagination');
  readonly pageChange = output<number>();

  protected readonly isFirst = computed(() => this.page() <= 1);
  protected readonly isLast = computed(() => this.page() >= this.pageCount());

  protected go(target: number): void {
    if (target < 1 || target > this.pageCount() || target === this.page()) return;
    this.pageChange.emit(target);
  }
}
