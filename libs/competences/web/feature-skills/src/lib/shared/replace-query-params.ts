import { ActivatedRoute, Params, Router } from '@angular/router';

const pathOf = (url: string) => url.split(/[?#]/)[0];

/**
 * Writes a page's state into its URL without a new history entry. Skipped while the
 * user is on their way to another page: a late write would cancel that navigation.
 */
export function replaceQueryParams(router: Router, route: ActivatedRoute, queryParams: Params): void {
  const leaving = router.currentNavigation();
  if (leaving && pathOf(router.serializeUrl(leaving.extractedUrl)) !== pathOf(router.url)) return;
  void router.navigate([], { relativeTo: route, queryParams, replaceUrl: true });
}
