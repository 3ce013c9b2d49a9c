import { deciderSpec } from '@maillage/shared/testing';
import { AgentEvent, AgentRegisteredData } from './agent';
import { AgentCommand, agentDecider } from './agent.decide';
import { OrgUnitCommand, OrgUnitEvent, orgUnitDecider } from './org-unit';

/** Commands carrying values outside their types, as a client or a bug past the request validation would send them. */
const loose = <T>(value: unknown) => value as T;
const agents = deciderSpec(agentDecider);
const units = deciderSpec(orgUnitDecider);

const helene: AgentRegisteredData = {
  agentId: 'a-1', firstName: 'Hélène', lastName: 'Durand', usualName: null, postTitle: 'Chargée de mission RH', unitId: 'u-drh',
  managerId: 'a-0', workEmail: 'helene.durand@mairie.example', workPhone: null, office: null, startDate: '2019-09-01',
};
const registered: AgentEvent = { type: 'AgentRegistered', data: helene };
const hr = { agentId: 'a-hr', roles: ['agent', 'hr'] };
const register = (data: Record<string, unknown>): AgentCommand => ({ type: 'RegisterAgent', data: loose<AgentRegisteredData>({ ...helene, ...data }) });
const change = (changes: Record<string, unknown>): AgentCommand => ({ type: 'ChangeAgentFields', agentId: 'a-1', editor: hr, changes: loose<Record<string, string>>(changes) });

describe('the agent decider refuses values outside their type, and appends nothing', () => {
  it('refuses a registration without a name, a post or an e-mail (NOT NULL in the directory)', () => {
    agents.given([]).when(register({ lastName: null })).thenThrows('DIRECTORY.NAME_REQUIRED');
    agents.given([]).when(register({ postTitle: '  ' })).thenThrows('DIRECTORY.POST_TITLE_REQUIRED');
    agents.given([]).when(register({ workEmail: null })).thenThrows('DIRECTORY.WORK_EMAIL_REQUIRED');
  });

  it('refuses a registration with a non-text optional field, an impossible date or an unknown HR field', () => {
    agents.given([]).when(register({ office: 12 })).thenThrows('DIRECTORY.FIELD_VALUE_INVALID');
    agents.given([]).when(register({ startDate: '2026-02-31' })).thenThrows('DIRECTORY.DATE_INVALID');
    agents.given([]).when(register({ startDate: '2026-13-01' })).thenThrows('DIRECTORY.DATE_INVALID');
    agents.given([]).when(register({ hr: { salary: '3000' } })).thenThrows('DIRECTORY.FIELD_UNKNOWN');
    agents.given([]).when(register({ hr: { grade: false } })).thenThrows('DIRECTORY.FIELD_VALUE_INVALID');
  });

  it('refuses a change naming an unknown field or carrying a non-text value', () => {
    agents.given([registered]).when(change({ salary: '3000' })).thenThrows('DIRECTORY.FIELD_UNKNOWN');
    agents.given([registered]).when(change({ office: 42 })).thenThrows('DIRECTORY.FIELD_VALUE_INVALID');
    agents.given([registered]).when(change({ postTitle: null })).thenThrows('DIRECTORY.POST_TITLE_REQUIRED');
  });

  it('reads a field present as undefined as unchanged, and null as cleared', () => {
    agents.given([registered]).when(change({ office: undefined, postTitle: 'Responsable paie' })).then([
      { type: 'AgentFieldChanged', data: { agentId: 'a-1', field: 'postTitle', from: 'Chargée de mission RH', to: 'Responsable paie' } },
    ]);
    const named: AgentEvent = { type: 'AgentFieldChanged', data: { agentId: 'a-1', field: 'usualName', from: null, to: 'Léna' } };
    agents.given([registered, named]).when(change({ usualName: null })).then([{ type: 'AgentFieldChanged', data: { agentId: 'a-1', field: 'usualName', from: 'Léna', to: null } }]);
  });

  it('refuses an unknown status, an impossible departure date, a blank unit or a manager that is not an id', () => {
    agents.given([registered]).when({ type: 'ChangeAgentStatus', agentId: 'a-1', status: loose<'active'>('retired') }).thenThrows('DIRECTORY.STATUS_INVALID');
    agents.given([registered]).when({ type: 'RecordDeparture', agentId: 'a-1', departedOn: '31/12/2026' }).thenThrows('DIRECTORY.DATE_INVALID');
    agents.given([registered]).when({ type: 'MoveAgentToUnit', agentId: 'a-1', unitId: loose<string>(null), unitIsOpen: true }).thenThrows('DIRECTORY.UNIT_REQUIRED');
    agents.given([registered]).when({ type: 'AssignManager', agentId: 'a-1', managerId: loose<string>(7), managerChain: [] }).thenThrows('DIRECTORY.MANAGER_INVALID');
  });

  it('still records a departure on a real date', () => {
    agents.given([registered]).when({ type: 'RecordDeparture', agentId: 'a-1', departedOn: '2028-02-29' }).then([{ type: 'AgentDeparted', data: { agentId: 'a-1', departedOn: '2028-02-29' } }]);
  });
});

describe('the org-unit decider refuses values outside their type, and appends nothing', () => {
  const created: OrgUnitEvent = { type: 'OrgUnitCreated', data: { unitId: 'u-drh', name: 'DRH', kind: 'direction', parentId: null } };
  const create = (data: Record<string, unknown>): OrgUnitCommand => ({ type: 'CreateOrgUnit', data: loose<typeof created.data>({ ...created.data, ...data }) });

  it('refuses a unit without a name, of an unknown kind or under a parent that is not an id', () => {
    units.given([]).when(create({ name: null })).thenThrows('DIRECTORY.ORG_UNIT_NAME_REQUIRED');
    units.given([]).when(create({ kind: 'pôle' })).thenThrows('DIRECTORY.ORG_UNIT_KIND_INVALID');
    units.given([]).when(create({ kind: 'service', parentId: '' })).thenThrows('DIRECTORY.ORG_UNIT_PARENT_INVALID');
  });

  it('refuses a null name, a null parent, a head that is not an id and counts that are not whole numbers', () => {
    units.given([created]).when({ type: 'RenameOrgUnit', unitId: 'u-drh', name: loose<string>(null) }).thenThrows('DIRECTORY.ORG_UNIT_NAME_REQUIRED');
    units.given([created]).when({ type: 'MoveOrgUnit', unitId: 'u-drh', parentId: loose<string>(null), parentLineage: [] }).thenThrows('DIRECTORY.ORG_UNIT_PARENT_INVALID');
    units.given([created]).when({ type: 'AssignOrgUnitHead', unitId: 'u-drh', headAgentId: loose<string>(false) }).thenThrows('DIRECTORY.ORG_UNIT_HEAD_INVALID');
    units.given([created]).when({ type: 'CloseOrgUnit', unitId: 'u-drh', activeAgents: Number.NaN, openChildren: 0 }).thenThrows('DIRECTORY.ORG_UNIT_COUNTS_INVALID');
    units.given([created]).when({ type: 'CloseOrgUnit', unitId: 'u-drh', activeAgents: 0, openChildren: -1 }).thenThrows('DIRECTORY.ORG_UNIT_COUNTS_INVALID');
  });

  it('still accepts clearing the head with null', () => {
    units.given([created, { type: 'OrgUnitHeadAssigned', data: { unitId: 'u-drh', headAgentId: 'a-1' } }]).when({ type: 'AssignOrgUnitHead', unitId: 'u-drh', headAgentId: null }).then([
      { type: 'OrgUnitHeadAssigned', data: { unitId: 'u-drh', headAgentId: null } },
    ]);
  });
});
