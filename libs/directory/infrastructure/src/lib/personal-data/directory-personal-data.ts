import { Inject, Injectable } from '@nestjs/common';
import { AgentEvent, agentStreamId, evolveAgent, initialAgentState, orgUnitStreamId } from '@maillage/directory/domain';
import { EVENT_STORE, EventStore, PersonalDataSource, PersonalDataSubject, exportedEvent, SQL, Sql } from '@maillage/shared/kernel';
import { ExportsPersonalData } from '@maillage/shared/nest';

/**
 * The directory's part of the export: the agent's own `agent-<id>` stream (HR
 * fields included: they are the agent's own), their profile as that stream
 * folds, and the headship events of the units they head. A report's or a
 * colleague's stream is never read, whatever it says about the agent.
 */
@ExportsPersonalData()
@Injectable()
export class DirectoryPersonalData implements PersonalDataSource {
  readonly context = 'directory';

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL) private readonly db: Sql,
  ) {}

  async exportFor({ agentId }: PersonalDataSubject) {
    const events = await this.store.readStream(agentStreamId(agentId));
    const state = events.reduce((s, e) => evolveAgent(s, { type: e.type, data: e.data } as AgentEvent), initialAgentState());
    return {
      profile: state.kind === 'registered' ? { status: state.status, unitId: state.unitId, managerId: state.managerId, ...state.fields } : null,
      events: events.map((e) => exportedEvent(e)),
      unitHeadships: await this.headships(agentId),
    };
  }

  /** Being named head of a unit is recorded on the unit's stream: only those events, of the units the agent heads now. */
  private async headships(agentId: string) {
    const units = await this.db.query<{ id: string }>('SELECT id FROM directory_org_units WHERE head_agent_id = $1', [agentId]);
    const streams = await Promise.all(units.map((u) => this.store.readStream(orgUnitStreamId(u.id))));
    return streams.flat().filter((e) => e.type === 'OrgUnitHeadAssigned' && (e.data as { headAgentId?: string }).headAgentId === agentId).map((e) => exportedEvent(e));
  }
}
