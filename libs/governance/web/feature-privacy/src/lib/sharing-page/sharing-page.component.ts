import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AGENT_CHOSEN_FIELDS } from '@maillage/governance/contracts';
import { CHOSEN_FIELDS, SharingStore } from '@maillage/governance/web/data-access';
import { RulesTableComponent } from '../rules-table';
import { SharingChoiceComponent } from './sharing-choice.component';

@Component({
  selector: 'mlg-sharing-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RulesTableComponent, SharingChoiceComponent],
  providers: [SharingStore],
  templateUrl: './sharing-page.component.html',
  styleUrls: ['../shared/privacy-page.css'],
})
export class SharingPageComponent {
  protected readonly store = inject(SharingStore);
  protected readonly fields = CHOSEN_FIELDS;
  /** The fields the committee decides alone (diplomas and experience are chosen above). */
  protected readonly committeeRules = computed(() => this.store.policy()?.rules.filter((rule) => !AGENT_CHOSEN_FIELDS.includes(rule.field)) ?? []);

  constructor() {
    this.store.load();
  }
}
