import type { ProfileField } from '../edit-permissions';

interface FieldSpec {
  readonly label: string;
  readonly hint?: string;
  readonly type: 'text' | 'tel';
  readonly autocomplete: string;
  /** A required field cannot be emptied (the API would refuse a null post title). */
  readonly required: boolean;
  /** Mirrors the API's limits (ChangeAgentFieldsRequest), so the user is stopped while typing. */
  readonly maxLength: number;
}

export const AGENT_FORM_FIELDS: Readonly<Record<ProfileField, FieldSpec>> = {
  usualName: {
    label: "Nom d'usage",
    hint: "Le nom affiché dans l'annuaire. Laissez vide pour afficher le prénom et le nom.",
    type: 'text',
    autocomplete: 'off',
    required: false,
    maxLength: 80,
  },
  postTitle: { label: 'Intitulé du poste', type: 'text', autocomplete: 'off', required: true, maxLength: 160 },
  workPhone: {
    label: 'Téléphone professionnel',
    hint: 'Par exemple : 01 23 45 67 89',
    type: 'tel',
    autocomplete: 'work tel',
    required: false,
    maxLength: 30,
  },
  office: {
    label: 'Bureau',
    hint: 'Bâtiment, étage et numéro de bureau',
    type: 'text',
    autocomplete: 'off',
    required: false,
    maxLength: 120,
  },
};
