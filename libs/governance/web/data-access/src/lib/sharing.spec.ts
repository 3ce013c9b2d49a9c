import { allowedAudiences, chosenAudiences, effectiveAudiences, sameAudiences } from './sharing';

describe('sharing choices', () => {
  it('shares with nobody else when the agent never chose (privacy by default)', () => {
    expect(chosenAudiences([], 'diplomas')).toEqual([]);
    expect(chosenAudiences([{ field: 'experience', audiences: ['everyone'] }], 'diplomas')).toEqual([]);
  });

  it('reads a choice in a stable order and ignores "self", which always sees', () => {
    expect(chosenAudiences([{ field: 'diplomas', audiences: ['same_unit', 'self', 'hierarchy'] }], 'diplomas')).toEqual(['hierarchy', 'same_unit']);
  });

  it('keeps only what the committee allows', () => {
    const allowed = allowedAudiences([{ field: 'diplomas', audiences: ['hierarchy', 'hr'] }], 'diplomas');
    expect(effectiveAudiences(['everyone', 'hr'], allowed)).toEqual(['hr']);
    expect(allowedAudiences([], 'diplomas')).toEqual([]);
  });

  it('compares two choices whatever their order', () => {
    expect(sameAudiences(['hr', 'hierarchy'], ['hierarchy', 'hr'])).toBe(true);
    expect(sameAudiences(['hr'], ['hr', 'everyone'])).toBe(false);
  });
});
