import { EDITABLE_AGENT_FIELDS, SELF_EDITABLE_AGENT_FIELDS } from '@maillage/directory/contracts';
import type { CurrentAccount, Role } from '@maillage/identity/contracts';
import { editableFieldsFor } from './edit-permissions';

const viewer = (roles: Role[], agentId: string | null = 'a-self'): CurrentAccount => ({
  accountId: 'acc',
  username: 'u',
  roles,
  agentId,
  displayName: 'U',
});

describe('editableFieldsFor', () => {
  it('lets HR and admins edit every editable field of anyone', () => {
    expect(editableFieldsFor(viewer(['hr']), 'a-other')).toEqual(EDITABLE_AGENT_FIELDS);
    expect(editableFieldsFor(viewer(['admin'], null), 'a-other')).toEqual(EDITABLE_AGENT_FIELDS);
  });

  it('lets an agent edit only the self-editable fields of their own fiche', () => {
    expect(editableFieldsFor(viewer(['agent']), 'a-self')).toEqual(SELF_EDITABLE_AGENT_FIELDS);
    expect(editableFieldsFor(viewer(['agent']), 'a-self')).not.toContain('postTitle');
  });

  it('offers nothing on a colleague\'s fiche, nor to the committee, nor when signed out', () => {
    expect(editableFieldsFor(viewer(['agent']), 'a-other')).toEqual([]);
    expect(editableFieldsFor(viewer(['committee'], null), 'a-other')).toEqual([]);
    expect(editableFieldsFor(null, 'a-self')).toEqual([]);
  });
});
