import { AgentField, AgentRegisteredData } from '@maillage/directory/domain';
import { Actor } from '@maillage/shared/kernel';

export class RegisterAgentCommand {
  constructor(
    readonly data: AgentRegisteredData,
    readonly actor: Actor,
    readonly reason?: string,
  ) {}
}

export class ChangeAgentFieldsCommand {
  constructor(
    readonly agentId: string,
    readonly changes: Partial<Record<AgentField, string | null>>,
    /** The version the editor saw: a stale one fails instead of overwriting. */
    readonly expectedVersion: number | undefined,
    readonly actor: Actor,
    readonly reason?: string,
  ) {}
}

export class AssignManagerCommand {
  constructor(
    readonly agentId: string,
    readonly managerId: string | null,
    readonly expectedVersion: number | undefined,
    readonly actor: Actor,
    readonly reason?: string,
  ) {}
}

export class MoveAgentToUnitCommand {
  constructor(
    readonly agentId: string,
    readonly unitId: string,
    readonly expectedVersion: number | undefined,
    readonly actor: Actor,
    readonly reason?: string,
  ) {}
}

export class ChangeAgentStatusCommand {
  constructor(
    readonly agentId: string,
    readonly status: 'active' | 'on_leave',
    readonly expectedVersion: number | undefined,
    readonly actor: Actor,
    readonly reason?: string,
  ) {}
}

export class RecordDepartureCommand {
  constructor(
    readonly agentId: string,
    readonly departedOn: string,
    readonly expectedVersion: number | undefined,
    readonly actor: Actor,
    readonly reason?: string,
  ) {}
}
