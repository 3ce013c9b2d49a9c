import { errorList } from './error-list';

describe('errorList', () => {
  it('numbers the rows as the form shows them, whatever their keys', () => {
    const rows = [
      { key: 7, skill: null, minLevel: 'notions' as const, count: 1 },
      { key: 9, skill: null, minLevel: 'notions' as const, count: 0 },
    ];
    expect(errorList({ rows: { 9: { skill: 'Choisissez une compétence dans la liste.', count: 'Indiquez un nombre.' } }, maxSize: 'Taille.' }, rows)).toEqual([
      'Compétence 2 : Choisissez une compétence dans la liste.',
      'Compétence 2 : Indiquez un nombre.',
      'Taille.',
    ]);
    expect(errorList({}, rows)).toEqual([]);
  });
});
