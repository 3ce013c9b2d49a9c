import { hrValueLabel } from './hr-field-specs';

describe('hrValueLabel', () => {
  it('writes coded values in words', () => {
    expect(hrValueLabel('employment', 'contractuel')).toBe('Contractuel');
    expect(hrValueLabel('category', 'B')).toBe('B');
  });

  it('says a field is empty rather than leaving a blank', () => {
    expect(hrValueLabel('grade', null)).toBe('Non renseigné');
  });

  it('shows free text as it is', () => {
    expect(hrValueLabel('grade', 'Attaché principal')).toBe('Attaché principal');
  });
});
