import { AgentCommand, OrgUnitCommand, agentDecider, agentStreamId, orgUnitDecider, orgUnitStreamId } from '@maillage/directory/domain';
import { Actor, Clock, CommandOutcome, EventStore, commandContextFor, handleCommand } from '@maillage/shared/kernel';

export interface CommandOptions {
  readonly expectedVersion?: number;
  /** Recorded in the events' metadata: an import's file hash, a decision reference… */
  readonly reason?: string;
}

const agentIdOf = (command: AgentCommand) => (command.type === 'RegisterAgent' ? command.data.agentId : command.agentId);
const unitIdOf = (command: OrgUnitCommand) => (command.type === 'CreateOrgUnit' ? command.data.unitId : command.unitId);

/** Load → decide → append on an agent's stream: the body of every agent use case. */
export function runAgentCommand(store: EventStore, clock: Clock, command: AgentCommand, actor: Actor, options: CommandOptions = {}): Promise<CommandOutcome> {
  return handleCommand(store, agentStreamId(agentIdOf(command)), agentDecider, command, commandContextFor(actor, clock, options));
}

export function runOrgUnitCommand(store: EventStore, clock: Clock, command: OrgUnitCommand, actor: Actor, options: CommandOptions = {}): Promise<CommandOutcome> {
  return handleCommand(store, orgUnitStreamId(unitIdOf(command)), orgUnitDecider, command, commandContextFor(actor, clock, options));
}
