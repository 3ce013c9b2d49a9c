import { Controller, ForbiddenException, Get, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AgentEvent, agentStreamId } from '@maillage/directory/domain';
import { AGENT_NAMES, AgentNames } from '@maillage/directory/contracts';
import { GOVERNED_FIELDS, REDACTOR, Redactor } from '@maillage/governance/contracts';
import { Actor, DomainError, EVENT_STORE, EventStore } from '@maillage/shared/kernel';
import { CurrentActor } from '@maillage/shared/nest';
import { uuid } from './http-helpers';

export interface ProfileChange {
  readonly occurredAt: string;
  readonly type: string;
  readonly field?: string;
  readonly from?: unknown;
  readonly to?: unknown;
  /** True when the values belong to a field this viewer may not see. */
  readonly valuesHidden?: boolean;
  readonly actorId: string;
  readonly actorName: string | null;
  readonly reason: string | null;
}

const isGoverned = (field: string) => (GOVERNED_FIELDS as readonly string[]).includes(field);

/** "Journal des modifications": every change to a profile, from the event log, for the agent and HR. */
@ApiTags('annuaire')
@ApiBearerAuth()
@Controller('agents/:id/changes')
export class AgentHistoryController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(REDACTOR) private readonly redactor: Redactor,
    @Inject(AGENT_NAMES) private readonly names: AgentNames,
  ) {}

  @Get()
  async changes(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<ProfileChange[]> {
    if (actor.agentId !== id && !actor.roles.includes('hr')) {
      throw new ForbiddenException({ code: 'DIRECTORY.HISTORY_FORBIDDEN', message: 'Le journal des modifications est réservé à l’agent et au service RH.' });
    }
    const history = await this.store.readStream(agentStreamId(id));
    if (history.length === 0) throw new DomainError('DIRECTORY.AGENT_NOT_FOUND', 'not_found', 'Agent introuvable.', { agentId: id });
    // Values of sensitive fields go through the redaction point like any other read of them.
    const governedInHistory = new Set<string>();
    for (const e of history) if (e.type === 'AgentFieldChanged') governedInHistory.add((e.data as { field: string }).field);
    const probe = Object.fromEntries([...governedInHistory].filter(isGoverned).map((f) => [f, true]));
    const { shown } = await this.redactor.redact(actor, id, probe, 'GET /api/agents/:id/changes');
    const actorAgentIds = [...new Set(history.map((e) => e.metadata.actorAgentId).filter((a): a is string => !!a))];
    const actorNames = await this.names.displayNamesOf(actorAgentIds);
    return history.map((recorded): ProfileChange => {
      const event = { type: recorded.type, data: recorded.data } as AgentEvent;
      const base = {
        occurredAt: recorded.metadata.occurredAt,
        type: recorded.type,
        actorId: recorded.metadata.actorId,
        actorName: recorded.metadata.actorAgentId ? (actorNames.get(recorded.metadata.actorAgentId) ?? null) : null,
        reason: recorded.metadata.reason ?? null,
      };
      if (event.type !== 'AgentFieldChanged') return base;
      const { field, from, to } = event.data;
      const visible = !isGoverned(field) || field in shown;
      return visible ? { ...base, field, from, to } : { ...base, field, valuesHidden: true };
    });
  }
}
