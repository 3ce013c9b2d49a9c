import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { ProfileChange, ProfileChangesStore } from '@maillage/governance/web/data-access';
import { InstantPipe } from '@maillage/shared/web-ui';
import { distinctUntilChanged, filter, map, tap } from 'rxjs';
import { CURRENT_ACCOUNT } from '@maillage/shared/web-data-access';
import { actorLabel, changeLabel, changeValue, hasValues } from '../labels/change-labels';
import { newestFirstCount } from '../labels/count-labels';

/**
 * "Journal des modifications" of a profile, from the event log: for the agent themself
 * and HR. The agent's name is not fetched: reading the fiche would release (and audit)
 * sensitive fields this page does not need.
 */
@Component({
  selector: 'mlg-profile-changes-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [InstantPipe, RouterLink],
  providers: [ProfileChangesStore],
  templateUrl: './profile-changes-page.component.html',
  styleUrls: ['../shared/privacy-page.css'],
  styles: `
    .arrow { padding-inline: 0.25rem; }
    .hidden-values { color: var(--mlg-text-muted); font-style: italic; }
  `,
})
export class ProfileChangesPageComponent {
  protected readonly store = inject(ProfileChangesStore);
  private readonly viewer = inject(CURRENT_ACCOUNT);

  // The page is reused when the id changes: react to the parameter, not to creation.
  protected readonly agentId = toSignal(
    inject(ActivatedRoute).paramMap.pipe(
      map((params) => params.get('agentId')),
      filter((id): id is string => !!id),
      distinctUntilChanged(),
      tap((id) => this.store.load(id)),
    ),
    { initialValue: null },
  );
  protected readonly own = computed(() => !!this.agentId() && this.viewer()?.agentId === this.agentId());
  protected readonly count = computed(() => this.store.changes()?.length ?? null);
  protected readonly countLabel = computed(() => newestFirstCount(this.count() ?? 0, 'modification enregistrée', 'modifications enregistrées'));

  protected readonly changeLabel = changeLabel;
  protected readonly actorLabel = actorLabel;
  protected readonly hasValues = hasValues;

  protected value(change: ProfileChange, which: 'from' | 'to'): string {
    return changeValue(change, change[which]);
  }
}
