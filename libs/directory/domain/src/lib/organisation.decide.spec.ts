import { deciderSpec } from '@maillage/shared/testing';
import { AgentEvent, AgentRegisteredData } from './agent';
import { agentDecider } from './agent.decide';
import { OrgUnitEvent, orgUnitDecider } from './org-unit';

const agents = deciderSpec(agentDecider);
const units = deciderSpec(orgUnitDecider);

const loic: AgentRegisteredData = {
  agentId: 'a-2', firstName: 'Loïc', lastName: 'Gauthier', usualName: null, postTitle: 'Technicien bâtiment', unitId: 'u-1',
  managerId: 'a-1', workEmail: 'loic.gauthier@mairie-exemple.fr', workPhone: null, office: null, startDate: '2010-01-04',
  hr: { employment: 'titulaire', category: 'B', grade: 'Technicien principal', matricule: 'M-1002' },
};
const registered: AgentEvent = { type: 'AgentRegistered', data: loic };
const departed: AgentEvent = { type: 'AgentDeparted', data: { agentId: 'a-2', departedOn: '2026-06-30' } };
const hr = { agentId: 'a-hr', roles: ['agent', 'hr'] };
const himself = { agentId: 'a-2', roles: ['agent'] };

describe('reporting lines', () => {
  it('assigns a new manager and remembers the previous one', () => {
    agents.given([registered]).when({ type: 'AssignManager', agentId: 'a-2', managerId: 'a-3', managerChain: ['a-3', 'a-1'] }).then([
      { type: 'ManagerAssigned', data: { agentId: 'a-2', managerId: 'a-3', previousManagerId: 'a-1' } },
    ]);
  });

  it('refuses a manager who already reports, directly or not, to the agent', () => {
    agents.given([registered]).when({ type: 'AssignManager', agentId: 'a-2', managerId: 'a-5', managerChain: ['a-5', 'a-4', 'a-2', 'a-1'] }).thenThrows('DIRECTORY.REPORTING_CYCLE');
  });

  it('refuses to make an agent their own manager', () => {
    agents.given([registered]).when({ type: 'AssignManager', agentId: 'a-2', managerId: 'a-2', managerChain: ['a-2'] }).thenThrows('DIRECTORY.SELF_MANAGER');
  });

  it('refuses a manager, a unit or a post for a departed agent', () => {
    agents.given([registered, departed]).when({ type: 'AssignManager', agentId: 'a-2', managerId: 'a-3', managerChain: ['a-3'] }).thenThrows('DIRECTORY.AGENT_DEPARTED');
    agents.given([registered, departed]).when({ type: 'MoveAgentToUnit', agentId: 'a-2', unitId: 'u-2', unitIsOpen: true }).thenThrows('DIRECTORY.AGENT_DEPARTED');
    agents.given([registered, departed]).when({ type: 'ChangeAgentFields', agentId: 'a-2', editor: hr, changes: { postTitle: 'Chef d’équipe' } }).thenThrows('DIRECTORY.AGENT_DEPARTED');
  });

  it('records a departure once', () => {
    agents.given([registered]).when({ type: 'RecordDeparture', agentId: 'a-2', departedOn: '2026-06-30' }).then([departed]);
    agents.given([registered, departed]).when({ type: 'RecordDeparture', agentId: 'a-2', departedOn: '2026-07-01' }).then([]);
  });

  it('moves an agent to an open unit only', () => {
    agents.given([registered]).when({ type: 'MoveAgentToUnit', agentId: 'a-2', unitId: 'u-2', unitIsOpen: true }).then([
      { type: 'AgentMovedToUnit', data: { agentId: 'a-2', fromUnitId: 'u-1', toUnitId: 'u-2' } },
    ]);
    agents.given([registered]).when({ type: 'MoveAgentToUnit', agentId: 'a-2', unitId: 'u-9', unitIsOpen: false }).thenThrows('DIRECTORY.ORG_UNIT_CLOSED');
  });

  it('puts an agent on leave and back', () => {
    agents.given([registered]).when({ type: 'ChangeAgentStatus', agentId: 'a-2', status: 'on_leave' }).then([
      { type: 'AgentStatusChanged', data: { agentId: 'a-2', from: 'active', to: 'on_leave' } },
    ]);
  });
});

describe('HR fields', () => {
  it('lets HR change the grade', () => {
    agents.given([registered]).when({ type: 'ChangeAgentFields', agentId: 'a-2', editor: hr, changes: { grade: 'Technicien principal de 1re classe' } }).then([
      { type: 'AgentFieldChanged', data: { agentId: 'a-2', field: 'grade', from: 'Technicien principal', to: 'Technicien principal de 1re classe' } },
    ]);
  });

  it('lets an agent describe their own diplomas but not change their grade', () => {
    agents.given([registered]).when({ type: 'ChangeAgentFields', agentId: 'a-2', editor: himself, changes: { diplomas: 'BTS Bâtiment (2008)' } }).then([
      { type: 'AgentFieldChanged', data: { agentId: 'a-2', field: 'diplomas', from: null, to: 'BTS Bâtiment (2008)' } },
    ]);
    agents.given([registered]).when({ type: 'ChangeAgentFields', agentId: 'a-2', editor: himself, changes: { grade: 'Ingénieur' } }).thenThrows('DIRECTORY.FIELD_NOT_EDITABLE');
  });

  it('refuses a grade for contract staff', () => {
    agents.given([registered]).when({ type: 'ChangeAgentFields', agentId: 'a-2', editor: hr, changes: { employment: 'contractuel' } }).thenThrows('DIRECTORY.CONTRACT_STAFF_HAVE_NO_GRADE');
    agents.given([registered]).when({ type: 'ChangeAgentFields', agentId: 'a-2', editor: hr, changes: { employment: 'contractuel', grade: null } }).then([
      { type: 'AgentFieldChanged', data: { agentId: 'a-2', field: 'employment', from: 'titulaire', to: 'contractuel' } },
      { type: 'AgentFieldChanged', data: { agentId: 'a-2', field: 'grade', from: 'Technicien principal', to: null } },
    ]);
  });

  it('refuses a catégorie other than A, B or C', () => {
    agents.given([registered]).when({ type: 'ChangeAgentFields', agentId: 'a-2', editor: hr, changes: { category: 'D' } }).thenThrows('DIRECTORY.CATEGORY_INVALID');
  });
});

describe('organisation units', () => {
  const created: OrgUnitEvent = { type: 'OrgUnitCreated', data: { unitId: 'u-1', name: 'Service Maintenance', kind: 'service', parentId: 'd-1' } };

  it('renames a unit and ignores a rename to the same name', () => {
    units.given([created]).when({ type: 'RenameOrgUnit', unitId: 'u-1', name: ' Service Maintenance des bâtiments ' }).then([
      { type: 'OrgUnitRenamed', data: { unitId: 'u-1', from: 'Service Maintenance', to: 'Service Maintenance des bâtiments' } },
    ]);
    units.given([created]).when({ type: 'RenameOrgUnit', unitId: 'u-1', name: 'Service Maintenance' }).then([]);
  });

  it('moves a unit under another parent but never under itself or its own sub-units', () => {
    units.given([created]).when({ type: 'MoveOrgUnit', unitId: 'u-1', parentId: 'd-2', parentLineage: ['d-2', 'dgs'] }).then([
      { type: 'OrgUnitMoved', data: { unitId: 'u-1', fromParentId: 'd-1', toParentId: 'd-2' } },
    ]);
    units.given([created]).when({ type: 'MoveOrgUnit', unitId: 'u-1', parentId: 'u-1-a', parentLineage: ['u-1-a', 'u-1', 'd-1'] }).thenThrows('DIRECTORY.ORG_UNIT_CYCLE');
    units.given([created]).when({ type: 'MoveOrgUnit', unitId: 'u-1', parentId: 'u-1', parentLineage: ['u-1', 'd-1'] }).thenThrows('DIRECTORY.ORG_UNIT_CYCLE');
  });

  it('refuses to close a unit while active agents remain, then closes it once empty', () => {
    units.given([created]).when({ type: 'CloseOrgUnit', unitId: 'u-1', activeAgents: 3, openChildren: 0 }).thenThrows('DIRECTORY.ORG_UNIT_NOT_EMPTY');
    units.given([created]).when({ type: 'CloseOrgUnit', unitId: 'u-1', activeAgents: 0, openChildren: 0 }).then([{ type: 'OrgUnitClosed', data: { unitId: 'u-1' } }]);
  });

  it('refuses changes to a closed unit', () => {
    units.given([created, { type: 'OrgUnitClosed', data: { unitId: 'u-1' } }]).when({ type: 'AssignOrgUnitHead', unitId: 'u-1', headAgentId: 'a-1' }).thenThrows('DIRECTORY.ORG_UNIT_CLOSED');
  });
});
