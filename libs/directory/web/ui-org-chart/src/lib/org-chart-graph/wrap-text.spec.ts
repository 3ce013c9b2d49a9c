import { wrapText } from './wrap-text';

describe('wrapText', () => {
  it('keeps a short name on one line', () => {
    expect(wrapText('Service Budget', 30, 2)).toEqual(['Service Budget']);
  });

  it('breaks a long name at spaces', () => {
    expect(wrapText("Direction de la Citoyenneté et de l'État civil", 30, 2)).toEqual([
      'Direction de la Citoyenneté et',
      "de l'État civil",
    ]);
  });

  it('ends with an ellipsis what does not fit in the lines allowed', () => {
    const lines = wrapText('Direction Logistique et Systèmes d’Information et des Moyens Généraux', 24, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
    expect(lines.every((line) => line.length <= 24)).toBe(true);
  });

  it('cuts a single word longer than a line', () => {
    expect(wrapText('Anticonstitutionnellement', 10, 1)).toEqual(['Anticonst…']);
  });
});
