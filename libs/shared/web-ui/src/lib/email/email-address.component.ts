import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { emailBreakParts } from '@maillage/shared/web-util';

/**
 * An e-mail address as a mailto link that may break after the "@" only: each part is kept
 * on one line (nowrap) and a <wbr> offers the one break, so a narrow screen never splits
 * "marie.dupont" in two.
 */
@Component({
  selector: 'mlg-email-address',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<a [href]="'mailto:' + address()"><span class="part">{{ parts()[0] }}</span><wbr /><span class="part">{{ parts()[1] }}</span></a>`,
  styles: `.part { white-space: nowrap; }`,
})
export class EmailAddressComponent {
  readonly address = input.required<string>();
  protected readonly parts = computed(() => emailBreakParts(this.address()));
}
