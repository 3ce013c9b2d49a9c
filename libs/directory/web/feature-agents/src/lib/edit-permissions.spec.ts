import type { CurrentAccount, Role } from '@maillage/identity/contracts';
import { canManageOrganisation, canRecordDeparture, canSeeHrRecord, editableFieldsFor, PROFILE_FIELDS, shownEditableFields } from './edit-permissions';

const viewer = (roles: Role[], agentId: string | null = 'a-self'): CurrentAccount => ({
  accountId: 'acc',
  username: 'u',
  passwordChangeRequired: false,
  roles,
  agentId,
  displayName: 'U',
});

describe('shownEditableFields', () => {
  it('offers no field the policy withheld (an admin who may not see the nom d’usage cannot overwrite it unseen)', () => {
    expect(shownEditableFields(PROFILE_FIELDS, { postTitle: 'Archiviste', workPhone: null, office: null })).toEqual(['postTitle', 'workPhone', 'office']);
    expect(shownEditableFields(PROFILE_FIELDS, { usualName: null, postTitle: 'Archiviste', workPhone: null, office: null })).toEqual(PROFILE_FIELDS);
  });
});

describe('editableFieldsFor', () => {
  it('offers only the fields the fiche shows, never the HR record', () => {
    expect(PROFILE_FIELDS).toEqual(['usualName', 'postTitle', 'workPhone', 'office']);
  });

  it("lets HR and admins edit every field of anyone's fiche", () => {
    expect(editableFieldsFor(viewer(['hr']), 'a-other')).toEqual(PROFILE_FIELDS);
    expect(editableFieldsFor(viewer(['admin'], null), 'a-other')).toEqual(PROFILE_FIELDS);
  });

  it('lets an agent edit only the self-editable fields of their own fiche', () => {
    expect(editableFieldsFor(viewer(['agent']), 'a-self')).toEqual(['usualName', 'workPhone', 'office']);
  });

  it("offers nothing on a colleague's fiche, nor to the committee, nor when signed out", () => {
    expect(editableFieldsFor(viewer(['agent']), 'a-other')).toEqual([]);
    expect(editableFieldsFor(viewer(['committee'], null), 'a-other')).toEqual([]);
    expect(editableFieldsFor(null, 'a-self')).toEqual([]);
  });
});

describe('organisation rights', () => {
  it('shows the HR record and the departure action to HR only', () => {
    expect(canSeeHrRecord(viewer(['agent', 'hr']))).toBe(true);
    expect(canSeeHrRecord(viewer(['agent', 'admin']))).toBe(false);
    expect(canRecordDeparture(viewer(['agent', 'admin']))).toBe(false);
    expect(canRecordDeparture(viewer(['hr']))).toBe(true);
  });

  it('lets HR and the DLSI change reporting lines, units and leave, nobody else', () => {
    expect(canManageOrganisation(viewer(['admin']))).toBe(true);
    expect(canManageOrganisation(viewer(['hr']))).toBe(true);
    expect(canManageOrganisation(viewer(['agent']))).toBe(false);
    expect(canManageOrganisation(viewer(['committee']))).toBe(false);
    expect(canManageOrganisation(null)).toBe(false);
  });
});
