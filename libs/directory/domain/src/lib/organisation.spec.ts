import { DomainError } from '@maillage/shared/kernel';
import { AgentEvent } from './agent';
import { OrgUnitEvent } from './org-unit';
import { OrganisationStructure, evolveOrganisation, requireActiveManager, requireOpenUnit, structureChangeOf, structureChangesOf } from './organisation';

const registered = (agentId: string, managerId: string | null, unitId: string | null): AgentEvent => ({
  type: 'AgentRegistered',
  data: { agentId, firstName: 'A', lastName: 'B', usualName: null, postTitle: 'Agent', unitId, managerId, workEmail: `${agentId}@m.test`, workPhone: null, office: null, startDate: null },
});
const unit = (unitId: string, parentId: string | null): OrgUnitEvent => ({ type: 'OrgUnitCreated', data: { unitId, name: unitId, kind: parentId ? 'service' : 'direction', parentId } });

function fold(events: readonly (AgentEvent | OrgUnitEvent)[]): OrganisationStructure {
  const structure = new OrganisationStructure();
  for (const event of events) {
    const change = structureChangeOf(event, structure);
    if (change) structure.record(change);
  }
  return structure;
}

const codeOf = (work: () => unknown) => {
  try {
    work();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : String(error);
  }
};

describe('OrganisationStructure', () => {
  const base = [unit('dir', null), unit('svc', 'dir'), registered('dgs', null, 'dir'), registered('chef', 'dgs', 'svc'), registered('agent', 'chef', 'svc')];

  it('walks a reporting line up to the top and a unit up to its direction', () => {
    const structure = fold(base);
    expect(structure.managerChain('agent')).toEqual(['agent', 'chef', 'dgs']);
    expect(structure.unitLineage('svc')).toEqual(['svc', 'dir']);
    expect(structure.managerChain('nobody')).toEqual([]);
  });

  it('counts the agents still with the town hall and the open children of a unit', () => {
    const structure = fold([...base, { type: 'AgentDeparted', data: { agentId: 'agent', departedOn: '2026-01-01' } }, unit('cell', 'svc'), { type: 'OrgUnitClosed', data: { unitId: 'cell' } }]);
    expect(structure.unitContents('svc')).toEqual({ activeAgents: 1, openChildren: 0 });
    expect(structure.unitContents('dir')).toEqual({ activeAgents: 1, openChildren: 1 });
  });

  it('follows moves of agents and units', () => {
    const structure = fold([
      ...base,
      unit('other', null),
      { type: 'AgentMovedToUnit', data: { agentId: 'agent', fromUnitId: 'svc', toUnitId: 'other' } },
      { type: 'ManagerAssigned', data: { agentId: 'agent', managerId: 'dgs', previousManagerId: 'chef' } },
      { type: 'OrgUnitMoved', data: { unitId: 'svc', fromParentId: 'dir', toParentId: 'other' } },
    ]);
    expect(structure.agent('agent')).toEqual({ agentId: 'agent', managerId: 'dgs', unitId: 'other', departed: false });
    expect(structure.unitLineage('svc')).toEqual(['svc', 'other']);
  });

  it('computes a command’s placements on top of each other without changing the structure it reads', () => {
    const structure = fold(base);
    const changes = structureChangesOf(
      [registered('new', 'chef', 'svc'), { type: 'ManagerAssigned', data: { agentId: 'new', managerId: 'dgs', previousManagerId: 'chef' } }],
      structure,
    );
    expect(changes).toEqual([
      { of: 'agent', agentId: 'new', managerId: 'chef', unitId: 'svc', departed: false },
      { of: 'agent', agentId: 'new', managerId: 'dgs', unitId: 'svc', departed: false },
    ]);
    expect(structure.agent('new')).toBeNull();
  });

  it('lets the organisation stream’s newer placement win over what older events said', () => {
    const structure = fold(base);
    evolveOrganisation(structure, { type: 'OrganisationStructureChanged', data: { of: 'agent', agentId: 'agent', managerId: 'dgs', unitId: 'dir', departed: false } });
    expect(structure.managerChain('agent')).toEqual(['agent', 'dgs']);
  });

  it('stops a chain at a repeat instead of looping on a bad log', () => {
    const structure = fold([registered('a', 'b', null), registered('b', 'a', null)]);
    expect(structure.managerChain('a')).toEqual(['a', 'b']);
  });

  it('refuses a closed or unknown unit and a departed or unknown manager, each with its code', () => {
    const structure = fold([...base, unit('old', 'dir'), { type: 'OrgUnitClosed', data: { unitId: 'old' } }, { type: 'AgentDeparted', data: { agentId: 'chef', departedOn: '2026-01-01' } }]);
    expect(codeOf(() => requireOpenUnit(structure, 'old'))).toBe('DIRECTORY.ORG_UNIT_CLOSED');
    expect(codeOf(() => requireOpenUnit(structure, 'nowhere'))).toBe('DIRECTORY.ORG_UNIT_NOT_FOUND');
    expect(codeOf(() => requireOpenUnit(structure, 'svc'))).toBeNull();
    expect(codeOf(() => requireActiveManager(structure, 'chef'))).toBe('DIRECTORY.MANAGER_NOT_FOUND');
    expect(codeOf(() => requireActiveManager(structure, 'ghost'))).toBe('DIRECTORY.MANAGER_NOT_FOUND');
    expect(codeOf(() => requireActiveManager(structure, 'dgs'))).toBeNull();
  });
});
