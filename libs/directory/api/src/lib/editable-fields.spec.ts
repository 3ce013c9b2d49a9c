import { EDITABLE_AGENT_FIELDS, SELF_EDITABLE_AGENT_FIELDS } from '@maillage/directory/contracts';
import { AGENT_FIELDS, SELF_SERVICE_FIELDS } from '@maillage/directory/domain';
import { ChangeAgentFieldsRequest } from './agents.requests';
import { getMetadataStorage } from 'class-validator';

describe('editable fields', () => {
  it('publishes exactly the fields the domain lets change', () => {
    expect([...EDITABLE_AGENT_FIELDS].sort()).toEqual([...AGENT_FIELDS].sort());
    expect([...SELF_EDITABLE_AGENT_FIELDS].sort()).toEqual([...SELF_SERVICE_FIELDS].sort());
  });

  it('accepts exactly those fields in a PATCH body', () => {
    const validated = getMetadataStorage()
      .getTargetValidationMetadatas(ChangeAgentFieldsRequest, '', true, false)
      .map((m) => m.propertyName);
    expect([...new Set(validated)].sort()).toEqual([...AGENT_FIELDS].sort());
  });
});
