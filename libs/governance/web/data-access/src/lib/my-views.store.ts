import { computed, inject, Injectable } from '@angular/core';
import { loader } from '@maillage/shared/web-data-access';
import { GOVERNANCE_LOAD_ERRORS } from './problem';
import { PrivacyApi } from './privacy.api';

export const VIEWS_PAGE_SIZE = 20;

/**
 * "Qui a consulté mes données", a page at a time. The API gives no total: a full
 * page means there may be another one.
 */
@Injectable()
export class MyViewsStore {
  private readonly api = inject(PrivacyApi);
  private readonly pages = loader((page: number) => this.api.views(page, VIEWS_PAGE_SIZE), { keepWhileLoading: true, errors: GOVERNANCE_LOAD_ERRORS });

  readonly views = this.pages.value;
  readonly loading = this.pages.loading;
  readonly error = this.pages.error;
  /** The page shown (1-based). */
  readonly page = computed(() => this.pages.key() ?? 1);
  readonly pageCount = computed(() => {
    const views = this.views();
    return views && views.length === VIEWS_PAGE_SIZE ? this.page() + 1 : this.page();
  });

  load(page: number): void {
    this.pages.load(Math.max(1, page));
  }

  reload(): void {
    this.pages.reload();
  }
}
