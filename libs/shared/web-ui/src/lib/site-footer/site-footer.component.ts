import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { NavItem } from '../page-layout';

/** The legal links every page carries (an intranet of a public body must offer them), signed in or not. */
@Component({
  selector: 'mlg-site-footer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <footer class="footer">
      <nav aria-label="Informations légales">
        <ul>
          @for (item of links(); track item.link) {
            <li><a [routerLink]="item.link">{{ item.label }}</a></li>
          }
        </ul>
      </nav>
    </footer>
  `,
  styles: `
    .footer { border-block-start: 1px solid var(--mlg-border); background: var(--mlg-surface); }
    ul {
      display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem;
      max-width: var(--mlg-measure); margin: 0 auto; padding: 1rem; list-style: none;
    }
    a { display: inline-block; padding-block: 0.5rem; }
  `,
})
export class SiteFooterComponent {
  readonly links = input.required<readonly NavItem[]>();
}
