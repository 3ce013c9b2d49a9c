import { emailBreakParts, frenchText, NNBSP, quoted } from './french-text';

describe('French typography', () => {
  it('puts a narrow no-break space before : ; ? ! whether there was a space, a no-break space or none', () => {
    expect(frenchText('Attention : vérifiez ; vraiment? oui!')).toBe(`Attention${NNBSP}: vérifiez${NNBSP}; vraiment${NNBSP}? oui${NNBSP}!`);
    expect(frenchText('Résultats\u00a0:')).toBe(`Résultats${NNBSP}:`);
  });

  it('leaves times, addresses and links alone', () => {
    expect(frenchText('à 10:05, voir https://mairie.example/aide?x=1')).toBe('à 10:05, voir https://mairie.example/aide?x=1');
  });

  it('puts narrow no-break spaces inside « »', () => {
    expect(frenchText('pour « SIG »')).toBe(`pour «${NNBSP}SIG${NNBSP}»`);
    expect(frenchText('pour «SIG»')).toBe(`pour «${NNBSP}SIG${NNBSP}»`);
    expect(quoted('paie')).toBe(`«${NNBSP}paie${NNBSP}»`);
  });

  it('writes one apostrophe, the typographic one', () => {
    expect(frenchText("l'agent n'a pas d'accès")).toBe('l’agent n’a pas d’accès');
  });

  it('lets an e-mail address break after the "@" only', () => {
    expect(emailBreakParts('marie.dupont@mairie.example')).toEqual(['marie.dupont@', 'mairie.example']);
    expect(emailBreakParts('sans-arobase')).toEqual(['sans-arobase', '']);
  });
});
