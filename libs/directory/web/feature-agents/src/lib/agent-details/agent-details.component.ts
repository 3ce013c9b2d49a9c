import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { AgentProfile } from '@maillage/directory/contracts';
import { DateOnlyPipe } from '@maillage/shared/web-ui';
import { mailtoHref, telHref } from '../contact-links';

/** The fiche's facts as a description list; absent values are said, not left blank. */
@Component({
  selector: 'mlg-agent-details',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DateOnlyPipe, RouterLink],
  templateUrl: './agent-details.component.html',
  styleUrl: './agent-details.component.css',
})
export class AgentDetailsComponent {
  readonly agent = input.required<AgentProfile>();

  protected readonly mailto = computed(() => mailtoHref(this.agent().workEmail));
  protected readonly tel = computed(() => {
    const phone = this.agent().workPhone;
    return phone ? telHref(phone) : null;
  });
  /** False for a field the server did not send at all (hidden), true for one it sent, even empty. */
  protected shown(field: keyof AgentProfile): boolean {
    return this.agent()[field] !== undefined;
  }

  /** With a usual name, the civil name is still worth showing (and searching for). */
  protected readonly civilName = computed(() => {
    const { usualName, firstName, lastName } = this.agent();
    return usualName ? `${firstName} ${lastName}` : null;
  });
}
