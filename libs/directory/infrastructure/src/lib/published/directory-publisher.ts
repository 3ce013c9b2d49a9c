import { DIRECTORY_INTEGRATION_EVENT_VERSIONS, DirectoryIntegrationEvent } from '@maillage/directory/contracts';
import type { DirectoryEvent } from '@maillage/directory/domain';
import { Publisher, ProjectionSql } from '@maillage/shared/event-store';
import { RecordedEvent, assertNever } from '@maillage/shared/kernel';

type Published = DirectoryIntegrationEvent;
const AGENT = 'directory.AgentChanged' as const;
const UNIT = 'directory.OrgUnitChanged' as const;

/** Which integration events each domain event can give: a new domain type fails to compile until it is mapped. */
export const DIRECTORY_PUBLISHES: Readonly<Record<DirectoryEvent['type'], readonly Published['type'][]>> = {
  AgentRegistered: [AGENT],
  AgentFieldChanged: [AGENT],
  ManagerAssigned: [AGENT],
  AgentMovedToUnit: [AGENT],
  AgentStatusChanged: [AGENT],
  AgentDeparted: [AGENT],
  OrgUnitCreated: [UNIT],
  OrgUnitRenamed: [UNIT],
  OrgUnitMoved: [UNIT],
  // The head of a unit is the directory's business: no consumer keeps it.
  OrgUnitHeadAssigned: [],
  OrgUnitClosed: [UNIT],
  // The organisation stream's record repeats, for the write side's guard, a placement that the
  // agent's or unit's own event (appended with it) already publishes.
  OrganisationStructureChanged: [],
};

/**
 * The one translation of the directory's domain events into what it publishes, pure. Its only
 * need beyond the event: when a nom d'usage is removed, the name in use falls back to the birth
 * name given at registration (`registeredLastName`), which the event does not repeat.
 */
export function publishedOf(event: DirectoryEvent, registeredLastName: (agentId: string) => string | undefined): Published[] {
  const agent = (data: Extract<Published, { type: typeof AGENT }>['data']): Published[] => [{ type: AGENT, data }];
  const unit = (data: Extract<Published, { type: typeof UNIT }>['data']): Published[] => [{ type: UNIT, data }];
  switch (event.type) {
    case 'AgentRegistered': {
      const d = event.data;
      return agent({ agentId: d.agentId, firstName: d.firstName, nameInUse: d.usualName ?? d.lastName, postTitle: d.postTitle, unitId: d.unitId, managerId: d.managerId, status: 'active' });
    }
    case 'AgentFieldChanged': {
      const { agentId, field, to } = event.data;
      if (field === 'postTitle') return agent({ agentId, postTitle: to ?? '' });
      if (field !== 'usualName') return [];
      const nameInUse = to ?? registeredLastName(agentId);
      // Fail (the consumer parks the event and shows the former name) rather than publish a guess.
      if (nameInUse === undefined) throw new Error('The agent\'s registration is not in the directory read model yet');
      return agent({ agentId, nameInUse });
    }
    case 'ManagerAssigned':
      return agent({ agentId: event.data.agentId, managerId: event.data.managerId });
    case 'AgentMovedToUnit':
      return agent({ agentId: event.data.agentId, unitId: event.data.toUnitId });
    case 'AgentStatusChanged':
      return agent({ agentId: event.data.agentId, status: event.data.to });
    case 'AgentDeparted':
      return agent({ agentId: event.data.agentId, status: 'departed' });
    case 'OrgUnitCreated': {
      const d = event.data;
      return unit({ unitId: d.unitId, name: d.name, kind: d.kind, parentId: d.parentId, closed: false });
    }
    case 'OrgUnitRenamed':
      return unit({ unitId: event.data.unitId, name: event.data.to });
    case 'OrgUnitMoved':
      return unit({ unitId: event.data.unitId, parentId: event.data.toParentId });
    case 'OrgUnitHeadAssigned':
      return [];
    case 'OrgUnitClosed':
      return unit({ unitId: event.data.unitId, closed: true });
    case 'OrganisationStructureChanged':
      return [];
    default:
      return assertNever(event);
  }
}

const removesUsualName = (event: DirectoryEvent) => event.type === 'AgentFieldChanged' && event.data.field === 'usualName' && event.data.to === null;

/**
 * The directory as a publisher, for consumers' projections. The birth names a batch needs (rare:
 * a nom d'usage removed) come from the batch's own registrations, else from the directory's read
 * model: a registered name never changes, so any replay reads the same value.
 */
export class DirectoryPublisher implements Publisher<DirectoryEvent['type'], Published> {
  readonly publishes = DIRECTORY_PUBLISHES;
  readonly versions = DIRECTORY_INTEGRATION_EVENT_VERSIONS;

  async translate(events: readonly RecordedEvent[], sql: ProjectionSql): Promise<RecordedEvent<Published>[]> {
    const domain = events.map((recorded) => ({ recorded, event: { type: recorded.type, data: recorded.data } as DirectoryEvent }));
    const lastNames = new Map<string, string>();
    for (const { event } of domain) if (event.type === 'AgentRegistered') lastNames.set(event.data.agentId, event.data.lastName);
    const missing = [...new Set(domain.flatMap(({ event }) => (removesUsualName(event) ? [(event.data as { agentId: string }).agentId] : [])))].filter((id) => !lastNames.has(id));
    if (missing.length > 0) {
      const { rows } = await sql.query<{ id: string; last_name: string }>('SELECT id, last_name FROM directory_agents WHERE id = ANY($1::uuid[])', [missing]);
      for (const row of rows) lastNames.set(row.id, row.last_name);
    }
    return domain.flatMap(({ recorded, event }) =>
      publishedOf(event, (id) => lastNames.get(id)).map(
        (published) => ({ ...recorded, type: published.type, data: published.data, schemaVersion: this.versions[published.type] }) as RecordedEvent<Published>,
      ),
    );
  }
}
