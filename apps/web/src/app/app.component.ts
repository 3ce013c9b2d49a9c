import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterOutlet } from '@angular/router';
import { AuthService, LOGIN_PATH } from '@maillage/identity/web/data-access';
import { NavItem, PageLayoutComponent, SiteFooterComponent } from '@maillage/shared/web-ui';
import { LEGAL_LINKS } from './legal/legal-settings';
import { focusMainOnNavigation } from './focus-on-navigation';

@Component({
  selector: 'mlg-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, PageLayoutComponent, SiteFooterComponent],
  template: `
    <mlg-page-layout [navItems]="nav()" [userName]="userName()" (logout)="logout()">
      <router-outlet />
      <mlg-site-footer mlgFooter [links]="legalLinks" />
    </mlg-page-layout>
  `,
})
export class AppComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  /**
   * The import is offered to HR and the DLSI only (the server refuses everyone else anyway).
   * The skill referential is a page of Compétences, offered to admins on its hub; « Comptes » to admins.
   */
  protected readonly nav = computed((): readonly NavItem[] => [
    { label: 'Annuaire', link: '/annuaire' },
    { label: 'Organigramme', link: '/organigramme' },
    { label: 'Compétences', link: '/competences' },
    ...(this.auth.hasAnyRole('hr', 'admin') ? [{ label: 'Import', link: '/import' }] : []),
    { label: 'Vie privée', link: '/vie-privee' },
    ...(this.auth.hasAnyRole('admin') ? [{ label: 'Comptes', link: '/administration/comptes' }] : []),
  ]);
  protected readonly legalLinks = LEGAL_LINKS;
  protected readonly userName = computed(() => this.auth.account()?.displayName ?? null);

  constructor() {
    focusMainOnNavigation('contenu');
  }

  protected logout(): void {
    this.auth.logout().subscribe(() => void this.router.navigateByUrl(LOGIN_PATH));
  }
}
