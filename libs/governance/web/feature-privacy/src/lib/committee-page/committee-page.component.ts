import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { canRecordDecision, canSeeAuditFigures, CommitteeStore } from '@maillage/governance/web/data-access';
import { CURRENT_ACCOUNT } from '@maillage/shared/web-data-access';
import { AuditFiguresComponent } from './audit-figures.component';
import { DecisionFormComponent } from './decision-form.component';
import { DecisionLogComponent } from './decision-log.component';
import { newestFirstCount } from '../labels/count-labels';
import { PolicyReplayComponent } from './policy-replay.component';

/**
 * The comité de pilotage: the decision log and the policy replay are public to every
 * agent; recording a decision is the committee's; aggregate figures are for the
 * committee and HR (counts per direction and month, never names).
 */
@Component({
  selector: 'mlg-committee-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, AuditFiguresComponent, DecisionFormComponent, DecisionLogComponent, PolicyReplayComponent],
  providers: [CommitteeStore],
  templateUrl: './committee-page.component.html',
  styleUrls: ['../shared/privacy-page.css'],
  styles: `section { margin-block-start: 2rem; }`,
})
export class CommitteePageComponent {
  protected readonly store = inject(CommitteeStore);
  private readonly viewer = inject(CURRENT_ACCOUNT);
  protected readonly canRecord = computed(() => canRecordDecision(this.viewer()));
  protected readonly canSeeFigures = computed(() => canSeeAuditFigures(this.viewer()));
  protected readonly decisionsLabel = computed(() => newestFirstCount(this.store.decisions()?.length ?? 0, 'décision enregistrée', 'décisions enregistrées'));

  constructor() {
    this.store.loadDecisions();
    if (this.canSeeFigures()) this.store.loadFigures();
  }
}
