import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterOutlet } from '@angular/router';
import { AuthService, LOGIN_PATH } from '@maillage/identity/web/data-access';
import { NavItem, PageLayoutComponent } from '@maillage/shared/web-ui';
import { focusMainOnNavigation } from './focus-on-navigation';

@Component({
  selector: 'mlg-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, PageLayoutComponent],
  template: `
    <mlg-page-layout [navItems]="nav" [userName]="userName()" (logout)="logout()">
      <router-outlet />
    </mlg-page-layout>
  `,
})
export class AppComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  protected readonly nav: readonly NavItem[] = [{ label: 'Annuaire', link: '/annuaire' }];
  protected readonly userName = computed(() => this.auth.account()?.displayName ?? null);

  constructor() {
    focusMainOnNavigation('contenu');
  }

  protected logout(): void {
    this.auth.logout().subscribe(() => void this.router.navigateByUrl(LOGIN_PATH));
  }
}
