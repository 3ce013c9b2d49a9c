/** Governed fields as the fiche names them. */
const LABELS: Readonly<Record<string, string>> = {
  name: 'Nom et prénom',
  birthName: 'Nom de naissance',
  postTitle: 'Poste',
  unit: 'Service',
  workEmail: 'Courriel professionnel',
  workPhone: 'Téléphone professionnel',
  office: 'Bureau',
  startDate: "Date d'arrivée",
  employment: 'Situation',
  category: 'Catégorie',
  filiere: 'Filière',
  cadreEmplois: "Cadre d'emplois",
  grade: 'Grade',
  matricule: 'Matricule',
  hrCode: 'Code RH',
  dgaCode: 'Code DGA',
  diplomas: 'Diplômes',
  experience: 'Expérience',
};

/** In a fixed order, about the agent whose fiche it is. */
const AUDIENCES: readonly (readonly [string, string])[] = [
  ['self', "l'agent"],
  ['hierarchy', 'sa hiérarchie'],
  ['same_unit', 'les agents de son unité'],
  ['hr', 'le service RH'],
  ['everyone', 'tous les agents'],
];

const joinFr = (parts: readonly string[]) => (parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} et ${parts[parts.length - 1]}`);

export interface HiddenFieldHint {
  readonly field: string;
  readonly label: string;
  readonly hint: string;
}

/**
 * What the server withheld from this viewer under the visibility policy, and who may
 * see it: « Visible par l'agent et le service RH ». An unknown field (a newer API) is
 * named by its code rather than left out.
 */
export function hiddenFieldHints(hidden: readonly { readonly field: string; readonly visibleTo: readonly string[] }[]): HiddenFieldHint[] {
  return hidden.map(({ field, visibleTo }) => ({
    field,
    label: LABELS[field] ?? field,
    hint: `Visible par ${joinFr(AUDIENCES.filter(([audience]) => visibleTo.includes(audience)).map(([, words]) => words)) || "l'agent seul"}`,
  }));
}
