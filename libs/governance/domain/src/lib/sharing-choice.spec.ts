import { deciderSpec } from '@maillage/shared/testing';
import { SharingCommand, sharingDecider } from './sharing-choice';
import { Audience } from './visibility-policy';

const spec = deciderSpec(sharingDecider);
const choose = (audiences: unknown): SharingCommand => ({ type: 'ChooseFieldSharing', agentId: 'a-1', field: 'diplomas', audiences: audiences as Audience[] });

describe('an agent’s sharing choice', () => {
  it('records the audiences chosen, without "self" and sorted', () => {
    spec.given([]).when(choose(['hr', 'self', 'hierarchy'])).then([{ type: 'FieldSharingChosen', data: { agentId: 'a-1', field: 'diplomas', audiences: ['hierarchy', 'hr'] } }]);
  });

  it('refuses audiences that are null, not a list or unknown, and appends nothing', () => {
    spec.given([]).when(choose(null)).thenThrows('GOVERNANCE.AUDIENCES_INVALID');
    spec.given([]).when(choose('everyone')).thenThrows('GOVERNANCE.AUDIENCES_INVALID');
    spec.given([]).when(choose(['everyone', null])).thenThrows('GOVERNANCE.AUDIENCES_INVALID');
    spec.given([]).when(choose(['the press'])).thenThrows('GOVERNANCE.AUDIENCES_INVALID');
  });

  it('refuses a field that is not the agent’s to choose, or no field at all', () => {
    spec.given([]).when({ type: 'ChooseFieldSharing', agentId: 'a-1', field: 'grade', audiences: [] }).thenThrows('GOVERNANCE.FIELD_NOT_AGENT_CHOSEN');
    spec.given([]).when({ type: 'ChooseFieldSharing', agentId: 'a-1', field: null as unknown as 'grade', audiences: [] }).thenThrows('GOVERNANCE.FIELD_NOT_AGENT_CHOSEN');
  });
});
