import { AgentCommand, OrgUnitCommand, OrganisationStructure, agentDecider, agentStreamId, orgUnitDecider, orgUnitStreamId } from '@maillage/directory/domain';
import { Actor, Clock, CommandOutcome, EventStore, commandContextFor, handleCommand } from '@maillage/shared/kernel';
import { OrganisationGuard } from './organisation/organisation-guard';

export interface CommandOptions {
  readonly expectedVersion?: number;
  /** Recorded in the events' metadata: an import's file hash, a decision reference… */
  readonly reason?: string;
}

const agentIdOf = (command: AgentCommand) => (command.type === 'RegisterAgent' ? command.data.agentId : command.agentId);
const unitIdOf = (command: OrgUnitCommand) => (command.type === 'CreateOrgUnit' ? command.data.unitId : command.unitId);

/** Load → decide → append on an agent's stream, for changes that move nobody in the structure. */
export function runAgentCommand(store: EventStore, clock: Clock, command: AgentCommand, actor: Actor, options: CommandOptions = {}): Promise<CommandOutcome> {
  return handleCommand(store, agentStreamId(agentIdOf(command)), agentDecider, command, commandContextFor(actor, clock, options));
}

export function runOrgUnitCommand(store: EventStore, clock: Clock, command: OrgUnitCommand, actor: Actor, options: CommandOptions = {}): Promise<CommandOutcome> {
  return handleCommand(store, orgUnitStreamId(unitIdOf(command)), orgUnitDecider, command, commandContextFor(actor, clock, options));
}

/** The same for changes of the structure: the command is built from, and checked against, the write side's organisation. */
export function runGuardedAgentCommand(
  guard: OrganisationGuard,
  clock: Clock,
  command: (structure: OrganisationStructure) => AgentCommand,
  agentId: string,
  actor: Actor,
  options: CommandOptions = {},
): Promise<CommandOutcome> {
  return guard.decide(agentStreamId(agentId), agentDecider, command, commandContextFor(actor, clock, options));
}

export function runGuardedOrgUnitCommand(
  guard: OrganisationGuard,
  clock: Clock,
  command: (structure: OrganisationStructure) => OrgUnitCommand,
  unitId: string,
  actor: Actor,
  options: CommandOptions = {},
): Promise<CommandOutcome> {
  return guard.decide(orgUnitStreamId(unitId), orgUnitDecider, command, commandContextFor(actor, clock, options));
}
