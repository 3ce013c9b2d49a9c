import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MyViewsStore } from '@maillage/governance/web/data-access';
import { InstantPipe, PaginationComponent } from '@maillage/shared/web-ui';
import { fieldList } from '../labels/field-labels';
import { purposeLabel } from '../labels/purpose-labels';
import { viewsStatus } from './views-status';

@Component({
  selector: 'mlg-my-views-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [InstantPipe, RouterLink, PaginationComponent],
  providers: [MyViewsStore],
  templateUrl: './my-views-page.component.html',
  styleUrls: ['../shared/privacy-page.css'],
})
export class MyViewsPageComponent {
  protected readonly store = inject(MyViewsStore);
  private readonly tableTitle = viewChild.required<ElementRef<HTMLElement>>('tableTitle');
  protected readonly status = computed(() =>
    viewsStatus({ loading: this.store.loading(), error: this.store.error(), page: this.store.page(), count: this.store.views()?.length ?? null }),
  );
  protected readonly fieldList = fieldList;
  protected readonly purposeLabel = purposeLabel;

  constructor() {
    this.store.load(1);
  }

  /** After paging, keyboard and screen-reader users restart at the top of the new list. */
  protected goToPage(page: number): void {
    this.store.load(page);
    this.tableTitle().nativeElement.focus();
  }
}
