import { ruleText } from './rule-text';

describe('ruleText', () => {
  it('says who sees a field the committee decides', () => {
    expect(ruleText({ field: 'grade', audiences: ['hierarchy', 'hr'] })).toBe("L'agent, sa hiérarchie et le service RH");
    expect(ruleText({ field: 'matricule', audiences: ['hr'] })).toBe("L'agent et le service RH");
  });

  it('presents the rule of an agent-chosen field as a ceiling', () => {
    expect(ruleText({ field: 'diplomas', audiences: ['hierarchy', 'hr', 'same_unit', 'everyone'] })).toBe("Au choix de l'agent, au plus : tous les agents");
    expect(ruleText({ field: 'experience', audiences: ['hr'] })).toBe("Au choix de l'agent, au plus : le service RH");
    expect(ruleText({ field: 'diplomas', audiences: ['hierarchy', 'same_unit'] })).toBe("Au choix de l'agent, au plus : sa hiérarchie et les agents de son unité");
    expect(ruleText({ field: 'diplomas', audiences: [] })).toContain("n'autorise aucun partage");
  });
});
