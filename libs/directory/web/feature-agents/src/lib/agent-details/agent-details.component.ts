import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { HR_AGENT_FIELDS, type AgentProfile } from '@maillage/directory/contracts';
import { DateOnlyPipe } from '@maillage/shared/web-ui';
import { mailtoHref, telHref } from '../contact-links';
import { hiddenFieldHints } from '../hidden-fields/hidden-field-hints';

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

  protected readonly mailto = computed(() => mailtoHref(this.agent().workEmail ?? ''));
  /**
   * Directory fields the visibility policy withholds from this viewer, said rather than silently
   * left out (the HR fields have their own section, shown to those they are released to).
   */
  protected readonly hidden = computed(() =>
    hiddenFieldHints((this.agent().hiddenFields ?? []).filter((h) => !(HR_AGENT_FIELDS as readonly string[]).includes(h.field))),
  );
  protected readonly tel = computed(() => {
    const phone = this.agent().workPhone;
    return phone ? telHref(phone) : null;
  });
  /** False for a field the server did not send at all (hidden), true for one it sent, even empty. */
  protected shown(field: keyof AgentProfile): boolean {
    return this.agent()[field] !== undefined;
  }

  /**
   * The birth name, when it differs from the name in use and the server sent it: the
   * visibility policy keeps it for HR and the agent (divorce, transition…).
   */
  protected readonly birthName = computed(() => {
    const { birthName, lastName } = this.agent();
    return birthName && birthName !== lastName ? birthName : null;
  });
}
