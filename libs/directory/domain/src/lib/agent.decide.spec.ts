import { deciderSpec } from '@maillage/shared/testing';
import { AgentEvent, AgentRegisteredData } from './agent';
import { agentDecider } from './agent.decide';

const spec = deciderSpec(agentDecider);

const helene: AgentRegisteredData = {
  agentId: 'a-1',
  firstName: 'Hélène',
  lastName: 'Durand',
  usualName: null,
  postTitle: 'Chargée de mission RH',
  unitId: 'u-drh',
  managerId: 'a-0',
  workEmail: 'helene.durand@mairie.example',
  workPhone: null,
  office: 'Bâtiment A, bureau 12',
  startDate: '2019-09-01',
};
const registered: AgentEvent = { type: 'AgentRegistered', data: helene };
const hr = { agentId: 'a-hr', roles: ['agent', 'hr'] };
const herself = { agentId: 'a-1', roles: ['agent'] };
const colleague = { agentId: 'a-2', roles: ['agent'] };

describe('RegisterAgent', () => {
  it('registers a new agent', () => {
    spec.given([]).when({ type: 'RegisterAgent', data: helene }).then([registered]);
  });

  it('refuses to register the same agent twice', () => {
    spec.given([registered]).when({ type: 'RegisterAgent', data: helene }).thenThrows('DIRECTORY.AGENT_ALREADY_REGISTERED');
  });

  it('refuses an agent who is their own manager', () => {
    spec.given([]).when({ type: 'RegisterAgent', data: { ...helene, managerId: 'a-1' } }).thenThrows('DIRECTORY.SELF_MANAGER');
  });

  it('refuses an agent without a last name', () => {
    spec.given([]).when({ type: 'RegisterAgent', data: { ...helene, lastName: '  ' } }).thenThrows('DIRECTORY.NAME_REQUIRED');
  });
});

describe('ChangeAgentFields', () => {
  it('records one event per field that really changes', () => {
    spec
      .given([registered])
      .when({ type: 'ChangeAgentFields', agentId: 'a-1', editor: hr, changes: { postTitle: 'Responsable paie', office: 'Bâtiment A, bureau 12' } })
      .then([{ type: 'AgentFieldChanged', data: { agentId: 'a-1', field: 'postTitle', from: 'Chargée de mission RH', to: 'Responsable paie' } }]);
  });

  it('lets an agent change their own usual name and phone', () => {
    spec
      .given([registered])
      .when({ type: 'ChangeAgentFields', agentId: 'a-1', editor: herself, changes: { usualName: 'Léna', workPhone: '01 23 45 67 89' } })
      .then([
        { type: 'AgentFieldChanged', data: { agentId: 'a-1', field: 'usualName', from: null, to: 'Léna' } },
        { type: 'AgentFieldChanged', data: { agentId: 'a-1', field: 'workPhone', from: null, to: '01 23 45 67 89' } },
      ]);
  });

  it('does not let an agent change their own post title', () => {
    spec
      .given([registered])
      .when({ type: 'ChangeAgentFields', agentId: 'a-1', editor: herself, changes: { postTitle: 'DGS' } })
      .thenThrows('DIRECTORY.FIELD_NOT_EDITABLE');
  });

  it('does not let a colleague change someone else’s profile', () => {
    spec
      .given([registered])
      .when({ type: 'ChangeAgentFields', agentId: 'a-1', editor: colleague, changes: { office: 'Ailleurs' } })
      .thenThrows('DIRECTORY.FIELD_NOT_EDITABLE');
  });

  it('treats blank text as clearing the field and an unchanged value as no change', () => {
    spec
      .given([registered, { type: 'AgentFieldChanged', data: { agentId: 'a-1', field: 'usualName', from: null, to: 'Léna' } }])
      .when({ type: 'ChangeAgentFields', agentId: 'a-1', editor: herself, changes: { usualName: '   ', office: 'Bâtiment A, bureau 12' } })
      .then([{ type: 'AgentFieldChanged', data: { agentId: 'a-1', field: 'usualName', from: 'Léna', to: null } }]);
  });

  it('refuses to empty the post title', () => {
    spec
      .given([registered])
      .when({ type: 'ChangeAgentFields', agentId: 'a-1', editor: hr, changes: { postTitle: '' } })
      .thenThrows('DIRECTORY.POST_TITLE_REQUIRED');
  });

  it('refuses to change an agent who was never registered', () => {
    spec
      .given([])
      .when({ type: 'ChangeAgentFields', agentId: 'a-1', editor: hr, changes: { office: 'B2' } })
      .thenThrows('DIRECTORY.AGENT_NOT_FOUND');
  });
});
