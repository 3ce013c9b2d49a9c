import { hiddenFieldHints } from './hidden-field-hints';

describe('hiddenFieldHints', () => {
  it('names each withheld field and who may see it, in a fixed order', () => {
    expect(hiddenFieldHints([
      { field: 'birthName', visibleTo: ['self', 'hr'] },
      { field: 'workPhone', visibleTo: ['hr', 'self', 'same_unit'] },
    ])).toEqual([
      { field: 'birthName', label: 'Nom de naissance', hint: "Visible par l'agent et le service RH" },
      { field: 'workPhone', label: 'Téléphone professionnel', hint: "Visible par l'agent, les agents de son unité et le service RH" },
    ]);
  });

  it('names an unknown field by its code', () => {
    expect(hiddenFieldHints([{ field: 'badge', visibleTo: ['self'] }])).toEqual([{ field: 'badge', label: 'badge', hint: "Visible par l'agent" }]);
  });
});
