import type { AgentProfile } from '@maillage/directory/contracts';
import { changedFields } from './changed-fields';

const agent = {
  id: 'a1',
  usualName: null,
  postTitle: 'Jardinier',
  workPhone: '01 23 45 67 89',
  office: 'B-12',
} as AgentProfile;

describe('changedFields', () => {
  it('sends nothing when nothing changed, spaces aside', () => {
    expect(changedFields(agent, ['usualName', 'workPhone', 'office'], { usualName: '', workPhone: ' 01 23 45 67 89 ', office: 'B-12' })).toEqual({});
  });

  it('sends a new value trimmed, and null for a field emptied', () => {
    expect(changedFields(agent, ['usualName', 'office'], { usualName: ' Mimi ', office: '' })).toEqual({
      usualName: 'Mimi',
      office: null,
    });
  });

  it('ignores fields the viewer may not edit', () => {
    expect(changedFields<'office' | 'postTitle'>(agent, ['office'], { postTitle: 'Chef jardinier', office: 'B-12' })).toEqual({});
  });
});
