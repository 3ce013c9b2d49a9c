import { DecisionDraft, decisionDraftErrors, decisionRequestOf, parseParticipants } from './decision-draft';

const draft: DecisionDraft = {
  decidedOn: '2026-12-15',
  title: 'Le grade n’est plus visible de la hiérarchie',
  participants: 'Présidente du comité\nReprésentante du personnel\nDRH',
  rationale: 'La hiérarchie n’a pas besoin du grade pour le travail courant.',
  rules: { grade: ['hr'] },
};

describe('parseParticipants', () => {
  it('reads one participant per line, ignoring blank lines, spaces and repeats', () => {
    expect(parseParticipants('  DRH \r\n\nDGS\nDRH\n')).toEqual(['DRH', 'DGS']);
  });
});

describe('decisionDraftErrors', () => {
  it('accepts a complete decision', () => {
    expect(decisionDraftErrors(draft)).toEqual({});
  });

  it('names every missing part, in French', () => {
    const errors = decisionDraftErrors({ decidedOn: '', title: ' ', participants: '\n', rationale: '', rules: {} });
    expect(Object.keys(errors).sort()).toEqual(['decidedOn', 'participants', 'rationale', 'rules', 'title']);
    expect(errors.rules).toBe('Une décision fixe la règle d’au moins un champ.');
  });

  it('accepts a rule that leaves a field to the agent alone (no audience)', () => {
    expect(decisionDraftErrors({ ...draft, rules: { matricule: [] } })).toEqual({});
  });

  it('refuses a participant longer than the API allows', () => {
    expect(decisionDraftErrors({ ...draft, participants: 'x'.repeat(121) }).participants).toContain('120');
  });
});

describe('decisionRequestOf', () => {
  it('trims the texts and orders the rules as the governed fields', () => {
    const request = decisionRequestOf({ ...draft, title: `  ${draft.title} `, rules: { experience: ['everyone'], grade: ['hr'] } });
    expect(request.title).toBe(draft.title);
    expect(request.participants).toEqual(['Présidente du comité', 'Représentante du personnel', 'DRH']);
    expect(request.rules).toEqual([
      { field: 'grade', audiences: ['hr'] },
      { field: 'experience', audiences: ['everyone'] },
    ]);
  });
});
