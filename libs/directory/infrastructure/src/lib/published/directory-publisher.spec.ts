import type { DirectoryEvent } from '@maillage/directory/domain';
import { DIRECTORY_EVENT_TYPES } from '@maillage/directory/domain';
import { RecordedEvent } from '@maillage/shared/kernel';
import { DIRECTORY_PUBLISHES, DirectoryPublisher, publishedOf } from './directory-publisher';

const agentId = '3f1d2c4b-6a7e-4b8c-9d0e-1f2a3b4c5d6e';
const unitId = '2d907c74-7c5e-4ebc-9c79-3c4d5e6f7081';
const registration: DirectoryEvent = {
  type: 'AgentRegistered',
  data: {
    agentId, firstName: 'Hélène', lastName: 'Müller', usualName: 'Roux', postTitle: 'Gestionnaire paie', unitId, managerId: null,
    workEmail: 'h@x.fr', workPhone: '01', office: 'Hôtel de ville', startDate: '2015-03-02', hr: { grade: 'Attaché' },
  },
};
/** One event of each domain type. */
const SAMPLES: Record<DirectoryEvent['type'], DirectoryEvent> = {
  AgentRegistered: registration,
  AgentFieldChanged: { type: 'AgentFieldChanged', data: { agentId, field: 'postTitle', from: 'A', to: 'B' } },
  ManagerAssigned: { type: 'ManagerAssigned', data: { agentId, managerId: unitId, previousManagerId: null } },
  AgentMovedToUnit: { type: 'AgentMovedToUnit', data: { agentId, fromUnitId: null, toUnitId: unitId } },
  AgentStatusChanged: { type: 'AgentStatusChanged', data: { agentId, from: 'active', to: 'on_leave' } },
  AgentDeparted: { type: 'AgentDeparted', data: { agentId, departedOn: '2026-11-30' } },
  OrgUnitCreated: { type: 'OrgUnitCreated', data: { unitId, name: 'Paie', kind: 'service', parentId: null } },
  OrgUnitRenamed: { type: 'OrgUnitRenamed', data: { unitId, from: 'Paie', to: 'Paie et carrières' } },
  OrgUnitMoved: { type: 'OrgUnitMoved', data: { unitId, fromParentId: null, toParentId: agentId } },
  OrgUnitHeadAssigned: { type: 'OrgUnitHeadAssigned', data: { unitId, headAgentId: agentId } },
  OrgUnitClosed: { type: 'OrgUnitClosed', data: { unitId } },
  OrganisationStructureChanged: { type: 'OrganisationStructureChanged', data: { of: 'agent', agentId, managerId: null, unitId, departed: false } },
};
const noName = () => undefined;

describe("the directory's translation into what it publishes", () => {
  it('publishes a registration with every fact others keep, under the name in use, never the birth name behind it nor HR fields', () => {
    expect(publishedOf(registration, noName)).toEqual([
      {
        type: 'directory.AgentChanged',
        data: { agentId, firstName: 'Hélène', nameInUse: 'Roux', postTitle: 'Gestionnaire paie', unitId, managerId: null, status: 'active' },
      },
    ]);
  });

  it('falls back to the registered name when the nom d’usage is removed, and refuses to guess it', () => {
    const removed: DirectoryEvent = { type: 'AgentFieldChanged', data: { agentId, field: 'usualName', from: 'Roux', to: null } };
    expect(publishedOf(removed, () => 'Müller')).toEqual([{ type: 'directory.AgentChanged', data: { agentId, nameInUse: 'Müller' } }]);
    expect(() => publishedOf(removed, noName)).toThrow(/registration/);
  });

  it('publishes nothing for an HR field, a work phone or a unit head', () => {
    expect(publishedOf({ type: 'AgentFieldChanged', data: { agentId, field: 'grade', from: null, to: 'Attaché' } }, noName)).toEqual([]);
    expect(publishedOf({ type: 'AgentFieldChanged', data: { agentId, field: 'workPhone', from: null, to: '01' } }, noName)).toEqual([]);
    expect(publishedOf(SAMPLES.OrgUnitHeadAssigned, noName)).toEqual([]);
  });

  it('publishes nothing for the organisation stream’s record: the agent’s or unit’s own event, appended with it, does', () => {
    expect(publishedOf(SAMPLES.OrganisationStructureChanged, noName)).toEqual([]);
  });

  it('maps every domain type, and gives only the integration types its map declares', () => {
    expect(Object.keys(DIRECTORY_PUBLISHES).sort()).toEqual([...DIRECTORY_EVENT_TYPES].sort());
    for (const type of DIRECTORY_EVENT_TYPES) {
      const published = publishedOf(SAMPLES[type], () => 'Müller').map((e) => e.type);
      expect({ type, published: published.filter((p) => !DIRECTORY_PUBLISHES[type].includes(p)) }).toEqual({ type, published: [] });
      expect({ type, gives: published.length > 0 }).toEqual({ type, gives: DIRECTORY_PUBLISHES[type].length > 0 });
    }
  });

  it('keeps each domain event’s envelope (id, stream, version, position) and stamps the published version', async () => {
    const recorded: RecordedEvent = {
      eventId: 'e-1', type: 'AgentMovedToUnit', schemaVersion: 1, streamId: `agent-${agentId}`, streamVersion: 4,
      logPosition: { transaction: 7, position: 12 }, data: SAMPLES.AgentMovedToUnit.data,
      metadata: { actorId: 'hr', roles: ['hr'], correlationId: 'c', causationId: null, occurredAt: '2026-12-01T09:00:00Z' },
    };
    const sql = { query: async () => ({ rows: [] }) };
    expect(await new DirectoryPublisher().translate([recorded], sql)).toEqual([
      { ...recorded, type: 'directory.AgentChanged', schemaVersion: 1, data: { agentId, unitId } },
    ]);
  });
});
