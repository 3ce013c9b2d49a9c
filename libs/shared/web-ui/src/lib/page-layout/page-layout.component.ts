import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { SkipLinkComponent } from '../skip-link';
import { UserMenuComponent } from '../user-menu';

export interface NavItem {
  readonly label: string;
  readonly link: string;
}

/** Page frame: skip link, header (name, main navigation, user menu), then the page in <main>. */
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
}
