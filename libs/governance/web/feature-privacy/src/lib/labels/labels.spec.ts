import type { ProfileChange } from '@maillage/governance/web/data-access';
import { joinFr, ruleAudienceText, sharingSentence } from './audience-labels';
import { actorLabel, changeLabel, changeValue, hasValues } from './change-labels';
import { capitalized, fieldLabel, fieldList } from './field-labels';
import { purposeLabel } from './purpose-labels';

describe('field labels', () => {
  it('names every governed field in French', () => {
    expect(fieldList(['grade', 'category', 'filiere', 'cadreEmplois', 'matricule', 'hrCode', 'dgaCode', 'employment', 'diplomas', 'experience'])).toBe(
      "grade, catégorie, filière, cadre d'emplois, matricule, code RH, code DGA, situation, diplômes, expérience",
    );
  });

  it('names the directory basics and the birth name as the committee debates them', () => {
    expect(capitalized(fieldList(['birthName', 'name', 'postTitle', 'unit', 'workEmail', 'workPhone', 'office']))).toBe(
      'Nom de naissance, nom et prénom, poste, service, courriel professionnel, téléphone professionnel, bureau',
    );
  });

  it('shows an unknown field by its code, and capitalises for a table cell', () => {
    expect(fieldLabel('badge')).toBe('badge');
    expect(capitalized(fieldLabel('hrCode'))).toBe('Code RH');
    expect(capitalized('état')).toBe('État');
  });
});

describe('sharingSentence', () => {
  it('says the field stays private when nobody else may see it', () => {
    expect(sharingSentence('diplomas', [])).toBe('Vos diplômes ne sont visibles que par vous.');
    expect(sharingSentence('experience', [])).toBe("Votre expérience n'est visible que par vous.");
  });

  it('lists exactly who sees it, in a fixed order', () => {
    expect(sharingSentence('diplomas', ['hr', 'hierarchy'])).toBe('Vos diplômes sont visibles par vous, votre hiérarchie et le service RH.');
    expect(sharingSentence('experience', ['same_unit'])).toBe('Votre expérience est visible par vous et les agents de votre unité.');
  });

  it('says "everyone" once it is chosen, whatever else is ticked', () => {
    expect(sharingSentence('diplomas', ['hr', 'everyone'])).toBe('Vos diplômes sont visibles par tous les agents de la mairie.');
  });
});

describe('ruleAudienceText', () => {
  it('always counts the agent themself', () => {
    expect(ruleAudienceText([])).toBe("L'agent seul");
    expect(ruleAudienceText(['self', 'hr'])).toBe("L'agent et le service RH");
    expect(ruleAudienceText(['hr', 'hierarchy'])).toBe("L'agent, sa hiérarchie et le service RH");
    expect(ruleAudienceText(['everyone', 'hr'])).toBe('Tous les agents');
  });

  it('joins in French', () => {
    expect(joinFr([])).toBe('');
    expect(joinFr(['a'])).toBe('a');
    expect(joinFr(['a', 'b', 'c'])).toBe('a, b et c');
  });
});

describe('purposeLabel', () => {
  it('says which page showed the fields, and keeps an unknown purpose as recorded', () => {
    expect(purposeLabel('GET /api/agents/:id')).toBe('Consultation de la fiche agent');
    expect(purposeLabel('export RH')).toBe('export RH');
  });
});

describe('journal labels', () => {
  const change = (over: Partial<ProfileChange>): ProfileChange => ({ occurredAt: '2026-03-01T10:00:00Z', type: 'AgentFieldChanged', actorName: null, reason: null, ...over });

  it('names the change and its values, an empty value said rather than blank', () => {
    const edit = change({ field: 'grade', from: null, to: 'Rédacteur' });
    expect(changeLabel(edit)).toBe('Modification du champ grade');
    expect(changeValue(edit, edit.from)).toBe('(vide)');
    expect(changeValue(edit, edit.to)).toBe('Rédacteur');
    expect(hasValues(edit)).toBe(true);
  });

  it('has no values to show when they are hidden from this viewer or the event carries none', () => {
    expect(hasValues(change({ field: 'diplomas', valuesHidden: true }))).toBe(false);
    expect(hasValues(change({ type: 'AgentRegistered' }))).toBe(false);
    expect(changeLabel(change({ type: 'AgentMovedToUnit' }))).toBe("Changement d'unité");
  });

  it('words statuses, and names who acted', () => {
    expect(changeValue(change({ type: 'AgentStatusChanged' }), 'on_leave')).toBe('En congé');
    expect(changeValue(change({ field: 'office' }), 'on_leave')).toBe('on_leave');
    expect(actorLabel(change({ actorName: 'Marie Durand' }))).toBe('Marie Durand');
    expect(actorLabel(change({ actorId: 'system' }))).toContain('automatique');
  });
});
