import { asciiFold } from './people';

describe('asciiFold', () => {
  it.each([
    ['Hélène', 'helene'],
    ['Müller-Roux', 'muller-roux'],
    ["N'Diaye", 'ndiaye'],
    ['Lecœur', 'lecoeur'],
    ['Le Goff', 'le-goff'],
    ['Jean-François', 'jean-francois'],
    ['Maël', 'mael'],
  ])('given « %s », when it is folded for an email, then it becomes « %s »', (name, folded) => {
    expect(asciiFold(name)).toBe(folded);
  });
});
