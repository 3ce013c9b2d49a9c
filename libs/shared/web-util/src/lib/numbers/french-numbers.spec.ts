import { NNBSP } from '../text/french-text';
import { formatCount, formatEuros, plural, pluralWord } from './french-numbers';

describe('French counts and amounts', () => {
  it('counts 0 and 1 as singular, and groups thousands with a narrow no-break space', () => {
    expect(plural(0, 'agent', 'agents')).toBe('0 agent');
    expect(plural(1, 'agent', 'agents')).toBe('1 agent');
    expect(plural(2, 'agent', 'agents')).toBe('2 agents');
    expect(plural(1250, 'ligne traitée', 'lignes traitées')).toBe(`1${NNBSP}250 lignes traitées`);
  });

  it('agrees a word with a count without writing the count', () => {
    expect(pluralWord(1, 'correspond', 'correspondent')).toBe('correspond');
    expect(pluralWord(3, 'correspond', 'correspondent')).toBe('correspondent');
  });

  it('writes numbers the French way', () => {
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1234567)).toBe(`1${NNBSP}234${NNBSP}567`);
  });

  it('writes euros with a decimal comma and the sign after the amount', () => {
    expect(formatEuros(1250.5)).toBe(`1${NNBSP}250,50\u00a0€`);
    expect(formatEuros(0)).toBe('0,00\u00a0€');
    expect(formatEuros(1250.5, { whole: true })).toBe(`1${NNBSP}251\u00a0€`);
  });
});
