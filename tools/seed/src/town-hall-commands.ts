import {
  AgentCommand,
  AgentEvent,
  AgentState,
  OrgUnitCommand,
  OrgUnitEvent,
  OrgUnitState,
  agentDecider,
  agentStreamId,
  orgUnitDecider,
  orgUnitStreamId,
} from '@maillage/directory/domain';
import { Decider } from '@maillage/shared/kernel';
import { TownHall } from './generate-town-hall';

export type RegisterAgentCommand = Extract<AgentCommand, { type: 'RegisterAgent' }>;
export type CreateOrgUnitCommand = Extract<OrgUnitCommand, { type: 'CreateOrgUnit' }>;
export type TownHallCommand = CreateOrgUnitCommand | RegisterAgentCommand;
export type TownHallEvent = OrgUnitEvent | AgentEvent;

export interface TownHallStream {
  readonly streamId: string;
  readonly events: readonly TownHallEvent[];
}

/** Every unit (parents first), then every agent (managers first): the order the town hall is in. */
export function townHallCommands(townHall: TownHall): TownHallCommand[] {
  const commands: TownHallCommand[] = townHall.orgUnits.map((data) => ({ type: 'CreateOrgUnit', data }));
  for (const data of townHall.agents) commands.push({ type: 'RegisterAgent', data });
  return commands;
}

function decideOn<Command, Event extends TownHallEvent, State>(
  decider: Decider<Command, Event, State>,
  states: Map<string, State>,
  streamId: string,
  command: Command,
): TownHallStream {
  const state = states.get(streamId) ?? decider.initialState();
  const events = decider.decide(command, state);
  states.set(streamId, events.reduce(decider.evolve, state));
  return { streamId, events };
}

/**
 * Runs every command through the directory's deciders, as the seeding will,
 * so generated data obeys the domain rules. Also checks what no single stream
 * can: a parent unit, a unit or a manager is always created before it is named.
 */
export function townHallEvents(townHall: TownHall): TownHallStream[] {
  const units = new Map<string, OrgUnitState>();
  const agents = new Map<string, AgentState>();
  return townHallCommands(townHall).map((command) => {
    if (command.type === 'CreateOrgUnit') {
      const stream = decideOn(orgUnitDecider, units, orgUnitStreamId(command.data.unitId), command);
      const { parentId, name } = command.data;
      if (parentId !== null && !units.has(orgUnitStreamId(parentId))) {
        throw new Error(`Unit « ${name} » comes before its parent ${parentId}.`);
      }
      return stream;
    }
    const stream = decideOn(agentDecider, agents, agentStreamId(command.data.agentId), command);
    const { agentId, unitId, managerId } = command.data;
    if (unitId !== null && !units.has(orgUnitStreamId(unitId))) {
      throw new Error(`Agent ${agentId} belongs to unit ${unitId}, which does not exist.`);
    }
    if (managerId !== null && !agents.has(agentStreamId(managerId))) {
      throw new Error(`Agent ${agentId} comes before their manager ${managerId}.`);
    }
    return stream;
  });
}
