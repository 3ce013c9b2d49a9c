import { Inject, Injectable } from '@nestjs/common';
import { sharingStreamId } from '@maillage/governance/domain';
import { EVENT_STORE, EventStore, PersonalDataSource, PersonalDataSubject, exportedEvent } from '@maillage/shared/kernel';
import { ExportsPersonalData } from '@maillage/shared/nest';
import { GovernanceQueries } from './governance-queries';

/** No agent reads anywhere near this many sensitive fields a year; the bound keeps one export in memory. */
const AUDIT_LIMIT = 100_000;

/**
 * Governance's part of the export: the agent's own sharing stream and current
 * choices, who read their sensitive data (field names, never values) and the
 * reads they made themselves.
 */
@ExportsPersonalData()
@Injectable()
export class GovernancePersonalData implements PersonalDataSource {
  readonly context = 'governance';

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly queries: GovernanceQueries,
  ) {}

  async exportFor({ agentId }: PersonalDataSubject) {
    const [events, sharingChoices, viewsOfMyData, readsIMade] = await Promise.all([
      this.store.readStream(sharingStreamId(agentId)),
      this.queries.sharingChoices(agentId),
      this.queries.search({ subjectAgentId: agentId, limit: AUDIT_LIMIT }),
      this.queries.search({ viewerAgentId: agentId, limit: AUDIT_LIMIT }),
    ]);
    return { sharingChoices, events: events.map((e) => exportedEvent(e)), viewsOfMyData, readsIMade };
  }
}
