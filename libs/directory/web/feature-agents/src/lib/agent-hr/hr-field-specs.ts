import type { HrField } from '@maillage/governance/contracts';

export interface HrFieldSpec {
  readonly label: string;
  readonly control: 'text' | 'select' | 'textarea';
  /** For a select: value and label. An empty value (clearing the field) is offered when `clearable`. */
  readonly options?: readonly { readonly value: string; readonly label: string }[];
  readonly clearable: boolean;
  /** Mirrors the API's limits (ChangeAgentFieldsRequest). */
  readonly maxLength: number;
  readonly hint?: string;
}

const text = (label: string, maxLength: number, hint?: string): HrFieldSpec => ({ label, control: 'text', clearable: true, maxLength, hint });

export const HR_FIELD_SPECS: Readonly<Record<HrField, HrFieldSpec>> = {
  employment: {
    label: 'Situation',
    control: 'select',
    options: [
      { value: 'titulaire', label: 'Titulaire' },
      { value: 'contractuel', label: 'Contractuel' },
    ],
    // The API accepts only these two values: once set, a situation is changed, never emptied.
    clearable: false,
    maxLength: 20,
  },
  category: {
    label: 'Catégorie',
    control: 'select',
    options: [
      { value: 'A', label: 'A' },
      { value: 'B', label: 'B' },
      { value: 'C', label: 'C' },
    ],
    clearable: true,
    maxLength: 1,
  },
  filiere: text('Filière', 80),
  cadreEmplois: text("Cadre d'emplois", 120),
  grade: text('Grade', 120, "Un agent contractuel n'a pas de grade."),
  matricule: text('Matricule', 20, 'De 3 à 20 lettres, chiffres ou tirets.'),
  hrCode: text('Code RH', 40),
  dgaCode: text('Code DGA', 40),
  diplomas: { label: 'Diplômes', control: 'textarea', clearable: true, maxLength: 2000 },
  experience: { label: 'Expérience', control: 'textarea', clearable: true, maxLength: 4000 },
};

/** How a value reads on the fiche: coded values in words, an empty one said rather than left blank. */
export function hrValueLabel(field: HrField, value: string | null): string {
  if (value === null || value === '') return 'Non renseigné';
  return HR_FIELD_SPECS[field].options?.find((option) => option.value === value)?.label ?? value;
}
