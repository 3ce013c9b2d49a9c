import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, inject, input, output, signal, viewChild } from '@angular/core';
import { NavigationEnd, Router, RouterLink, RouterLinkActive } from '@angular/router';
import { filter } from 'rxjs';
import { SkipLinkComponent } from '../skip-link';
import { UserMenuComponent } from '../user-menu';

export interface NavItem {
  readonly label: string;
  readonly link: string;
}

/**
 * Page frame: skip link, header (name, main navigation, user menu), the page in <main>,
 * then whatever the app projects as its footer (`mlgFooter`). On a narrow screen the
 * navigation folds behind a "Menu" disclosure button (CSS decides when the button shows).
 */
@Component({
  selector: 'mlg-page-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive, SkipLinkComponent, UserMenuComponent],
  templateUrl: './page-layout.component.html',
  styleUrl: './page-layout.component.css',
})
export class PageLayoutComponent {
  readonly appName = input('Maillage');
  readonly homeLink = input('/');
  readonly navItems = input<readonly NavItem[]>([]);
  /** Null when nobody is signed in: the navigation and user menu are then hidden. */
  readonly userName = input<string | null>(null);
  readonly logout = output<void>();
  readonly menuOpen = signal(false);
  private readonly menuToggle = viewChild<ElementRef<HTMLButtonElement>>('menuToggle');

  constructor() {
    // Following a link closes the menu: the new page, not the old menu, is what comes next.
    const subscription = inject(Router)
      .events.pipe(filter((event) => event instanceof NavigationEnd))
      .subscribe(() => this.menuOpen.set(false));
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  /** Escape closes the menu and puts focus back on its button, where the user opened it. */
  closeMenu(returnFocus: boolean): void {
    if (!this.menuOpen()) return;
    this.menuOpen.set(false);
    if (returnFocus) this.menuToggle()?.nativeElement.focus();
  }
}
