import { DOCUMENT } from '@angular/common';
import { DestroyRef, inject } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter, map, pairwise } from 'rxjs';

const pathOf = (url: string) => url.split(/[?#]/)[0];

/**
 * After an in-app navigation to another page, moves the focus to <main>, as a full
 * page load would put it back at the top. Query-only changes (the annuaire writes its
 * search into the URL while the user types) keep the focus where it is.
 */
export function focusMainOnNavigation(mainId: string): void {
  const document = inject(DOCUMENT);
  const subscription = inject(Router)
    .events.pipe(
      filter((event): event is NavigationEnd => event instanceof NavigationEnd),
      map((event) => pathOf(event.urlAfterRedirects)),
      pairwise(),
      filter(([previous, current]) => previous !== current),
    )
    .subscribe(() => document.getElementById(mainId)?.focus({ preventScroll: true }));
  inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
}
