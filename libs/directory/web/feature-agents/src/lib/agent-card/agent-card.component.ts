import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { AgentDirectoryEntry } from '@maillage/directory/contracts';
import { agentStatusLabel } from '../agent-status-label';
import { mailtoHref, telHref, unitLine } from '../contact-links';

/** One result of the annuaire; the name links to the fiche. */
@Component({
  selector: 'mlg-agent-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  templateUrl: './agent-card.component.html',
  styleUrl: './agent-card.component.css',
})
export class AgentCardComponent {
  readonly agent = input.required<AgentDirectoryEntry>();

  protected readonly unit = computed(() => unitLine(this.agent().unitName ?? null, this.agent().directionName ?? null));
  protected readonly status = computed(() => agentStatusLabel(this.agent().status));
  /** Absent when the visibility policy withholds it from this viewer: the line then shows no address. */
  protected readonly mailto = computed(() => {
    const email = this.agent().workEmail;
    return email ? mailtoHref(email) : null;
  });
  protected readonly tel = computed(() => {
    const phone = this.agent().workPhone;
    return phone ? telHref(phone) : null;
  });
}
