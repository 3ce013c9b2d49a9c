/** French names of profile fields, lower case so they read inside a sentence or a list. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'nom et prénom',
  birthName: 'nom de naissance',
  unit: 'service',
  workEmail: 'courriel professionnel',
  startDate: "date d'arrivée",
  employment: 'situation',
  category: 'catégorie',
  filiere: 'filière',
  cadreEmplois: "cadre d'emplois",
  grade: 'grade',
  matricule: 'matricule',
  hrCode: 'code RH',
  dgaCode: 'code DGA',
  diplomas: 'diplômes',
  experience: 'expérience',
  usualName: "nom d'usage",
  postTitle: 'poste',
  workPhone: 'téléphone professionnel',
  office: 'bureau',
};

/** An unknown field (a newer API) is shown by its code rather than hidden. */
export const fieldLabel = (field: string): string => FIELD_LABELS[field] ?? field;

export const fieldList = (fields: readonly string[]): string => fields.map(fieldLabel).join(', ');

/** For table cells and headings: "Cadre d'emplois", "Code RH". */
export const capitalized = (text: string): string => text.charAt(0).toLocaleUpperCase('fr-FR') + text.slice(1);
