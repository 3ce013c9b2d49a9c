import { agentDecider, agentStreamId, orgUnitDecider, orgUnitStreamId } from '@maillage/directory/domain';
import { foldEvents } from '@maillage/shared/kernel';
import { TownHall, generateTownHall, townHallCommands, townHallEvents } from './index';

const townHall = generateTownHall();

const withAgents = (agents: TownHall['agents']): TownHall => ({ ...townHall, agents });

describe('townHallCommands', () => {
  it('given the demo town hall, when its commands are built, then every unit is created before any agent is registered', () => {
    const commands = townHallCommands(townHall);
    expect(commands).toHaveLength(townHall.orgUnits.length + townHall.agents.length);
    const types = commands.map((command) => command.type);
    expect(types.lastIndexOf('CreateOrgUnit')).toBe(townHall.orgUnits.length - 1);
    expect(types.indexOf('RegisterAgent')).toBe(townHall.orgUnits.length);
    expect(commands[0]).toEqual({ type: 'CreateOrgUnit', data: townHall.orgUnits[0] });
    expect(commands[townHall.orgUnits.length]).toEqual({ type: 'RegisterAgent', data: townHall.agents[0] });
  });
});

describe('townHallEvents', () => {
  it('given the demo town hall, when it runs through the deciders, then each command yields its creation event on its own stream', () => {
    const streams = townHallEvents(townHall);
    expect(streams).toHaveLength(townHall.orgUnits.length + townHall.agents.length);
    expect(new Set(streams.map((stream) => stream.streamId)).size).toBe(streams.length);
    expect(streams[0]).toEqual({
      streamId: orgUnitStreamId(townHall.orgUnits[0].unitId),
      events: [{ type: 'OrgUnitCreated', data: townHall.orgUnits[0] }],
    });
    const dgs = streams[townHall.orgUnits.length];
    expect(dgs).toEqual({ streamId: agentStreamId(townHall.agents[0].agentId), events: [{ type: 'AgentRegistered', data: townHall.agents[0] }] });
  });

  it('given the events produced, when each stream is folded by its decider, then every unit exists and every agent is active', () => {
    for (const { streamId, events } of townHallEvents(townHall)) {
      expect(events).toHaveLength(1);
      const [event] = events;
      if (event.type === 'OrgUnitCreated') {
        expect(streamId).toBe(orgUnitStreamId(event.data.unitId));
        expect(foldEvents(orgUnitDecider, [event])).toMatchObject({ exists: true, closed: false });
      } else {
        if (event.type !== 'AgentRegistered') throw new Error(`unexpected ${event.type}`);
        expect(streamId).toBe(agentStreamId(event.data.agentId));
        expect(foldEvents(agentDecider, [event])).toMatchObject({ kind: 'registered', status: 'active' });
      }
    }
  });

  it('given an agent who manages themself, when the town hall runs through the deciders, then the agent decider refuses it', () => {
    const [dgs, second, ...rest] = townHall.agents;
    const town = withAgents([dgs, { ...second, managerId: second.agentId }, ...rest]);
    expect(() => townHallEvents(town)).toThrow(expect.objectContaining({ code: 'DIRECTORY.SELF_MANAGER' }));
  });

  it('given the same agent twice, when the town hall runs through the deciders, then the second registration is refused', () => {
    const town = withAgents([...townHall.agents, townHall.agents[5]]);
    expect(() => townHallEvents(town)).toThrow(expect.objectContaining({ code: 'DIRECTORY.AGENT_ALREADY_REGISTERED' }));
  });

  it('given a service without a direction, when the town hall runs through the deciders, then the org unit decider refuses it', () => {
    const town = { ...townHall, orgUnits: [...townHall.orgUnits, { unitId: 'orphan', name: 'Service Orphelin', kind: 'service' as const, parentId: null }] };
    expect(() => townHallEvents(town)).toThrow(expect.objectContaining({ code: 'DIRECTORY.SERVICE_NEEDS_DIRECTION' }));
  });

  it('given a report listed before their manager, when the town hall runs through the deciders, then it is refused', () => {
    const [dgs, ...rest] = townHall.agents;
    expect(() => townHallEvents(withAgents([...rest, dgs]))).toThrow(/comes before their manager/);
  });

  it('given an agent of an unknown unit, when the town hall runs through the deciders, then it is refused', () => {
    const [dgs, ...rest] = townHall.agents;
    expect(() => townHallEvents(withAgents([{ ...dgs, unitId: 'nowhere' }, ...rest]))).toThrow(/does not exist/);
  });
});
