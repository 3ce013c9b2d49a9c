import { randomUUID } from 'node:crypto';
import { agentStreamId, orgUnitStreamId } from '@maillage/directory/domain';
import type { AgentRegisteredData, DirectoryEvent, OrgUnitCreatedData } from '@maillage/directory/domain';
import { ProjectionSql } from '@maillage/shared/event-store';
import { RecordedEvent } from '@maillage/shared/kernel';
import { subscriptions } from './event-sourcing.module';

export interface PlacedAgent {
  readonly id: string;
  readonly managerId: string | null;
  readonly unitId?: string | null;
  readonly departed?: boolean;
  readonly lastName?: string;
}

let position = 0;

/**
 * Sets a scene of people and units the way the app gets it: the directory's domain events, fed
 * through every context's subscription to what the directory publishes (competences' and
 * governance's own copies). Positions grow across calls, so a later scene overrides an earlier one
 * once the copies are emptied.
 */
export async function publishOrganisation(
  sql: ProjectionSql,
  agents: readonly PlacedAgent[],
  units: readonly (Omit<OrgUnitCreatedData, 'parentId'> & { readonly parentId?: string | null })[] = [],
): Promise<void> {
  const recorded = (streamId: string, event: DirectoryEvent, streamVersion = 0): RecordedEvent => ({
    eventId: randomUUID(),
    type: event.type,
    schemaVersion: 1,
    streamId,
    streamVersion,
    logPosition: { transaction: 1, position: ++position },
    data: event.data,
    metadata: { actorId: 'test', roles: ['admin'], correlationId: 'scene', causationId: null, occurredAt: '2026-12-01T09:00:00Z' },
  });
  const registered = (a: PlacedAgent): AgentRegisteredData => ({
    agentId: a.id, firstName: 'P', lastName: a.lastName ?? `N${a.id.slice(-4)}`, usualName: null, postTitle: 'Poste', unitId: a.unitId ?? null,
    managerId: a.managerId, workEmail: 'p@x.fr', workPhone: null, office: null, startDate: null,
  });
  const events = [
    ...units.map((u) => recorded(orgUnitStreamId(u.unitId), { type: 'OrgUnitCreated', data: { ...u, parentId: u.parentId ?? null } })),
    ...agents.map((a) => recorded(agentStreamId(a.id), { type: 'AgentRegistered', data: registered(a) })),
    ...agents.filter((a) => a.departed).map((a) => recorded(agentStreamId(a.id), { type: 'AgentDeparted', data: { agentId: a.id, departedOn: '2026-11-30' } }, 1)),
  ];
  for (const projection of subscriptions()) await projection.apply(events, sql);
}
