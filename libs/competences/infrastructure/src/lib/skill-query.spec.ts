import { agentSkillQuery, prefixQuery } from './skill-query';

describe('how the agent search reads the words typed', () => {
  it('takes a short single word as a whole word, without prefix or near spellings', () => {
    expect(agentSkillQuery('SIG')).toEqual({ tsquery: 'sig', fuzzy: false });
    expect(agentSkillQuery(' rh ')).toEqual({ tsquery: 'rh', fuzzy: false });
    expect(agentSkillQuery('Paie')).toEqual({ tsquery: 'paie', fuzzy: false });
  });

  it('reads longer words and several words by prefix, near spellings allowed', () => {
    expect(agentSkillQuery('cartog')).toEqual({ tsquery: 'cartog:*', fuzzy: true });
    expect(agentSkillQuery('langue des signes')).toEqual({ tsquery: 'langue:* & des:* & signes:*', fuzzy: true });
    expect(agentSkillQuery('marchés pub')).toEqual({ tsquery: 'marches:* & pub:*', fuzzy: true });
  });

  it('keeps only letters and digits, so nothing typed reaches to_tsquery as syntax', () => {
    expect(prefixQuery("sig' | !")).toBe('sig:*');
    expect(agentSkillQuery("&|!'")).toEqual({ tsquery: '', fuzzy: true });
  });
});
