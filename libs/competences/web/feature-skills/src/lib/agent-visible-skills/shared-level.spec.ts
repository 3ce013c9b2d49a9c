import { sharedLevel } from './shared-level';

describe('sharedLevel', () => {
  it('names each self-declared level in French', () => {
    expect(sharedLevel('notions')).toBe('Notions');
    expect(sharedLevel('pratique')).toBe('Pratique');
    expect(sharedLevel('maitrise')).toBe('Maîtrise');
    expect(sharedLevel('expertise')).toBe('Expertise');
  });

  it('says nothing when the agent gave no level', () => {
    expect(sharedLevel(null)).toBeNull();
  });
});
