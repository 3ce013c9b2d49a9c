import { fileError } from './import-errors';
import { foldHeader } from './fold';

/** The documented columns (docs/import-format.md), by their canonical header. */
export const IMPORT_COLUMNS = [
  'matricule',
  'nom',
  'prenom',
  'nom_usage',
  'email',
  'telephone',
  'bureau',
  'intitule_poste',
  'unite',
  'responsable',
  'statut',
  'date_entree',
  'date_depart',
  'situation',
  'categorie',
  'filiere',
  'cadre_emplois',
  'grade',
  'code_rh',
  'code_dga',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Without these the file cannot describe an agent: it is refused as a whole. */
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['matricule', 'nom', 'prenom', 'email', 'intitule_poste', 'unite'];

/** Other spellings found in HR exports, compared after folding (accents, case, punctuation). */
const ALIASES: Readonly<Record<ImportColumn, readonly string[]>> = {
  matricule: ['matricule_agent', 'numero_agent'],
  nom: ['nom_de_famille', 'nom_naissance', 'nom_de_naissance'],
  prenom: [],
  nom_usage: ['nom_d_usage', 'nom_marital'],
  email: ['e_mail', 'mail', 'courriel', 'adresse_email', 'email_professionnel'],
  telephone: ['tel', 'telephone_professionnel', 'telephone_pro'],
  bureau: ['localisation'],
  intitule_poste: ['poste', 'intitule_du_poste', 'fonction'],
  unite: ['service', 'unite_de_rattachement', 'affectation'],
  responsable: ['matricule_responsable', 'email_responsable', 'n_1', 'superieur_hierarchique'],
  statut: ['etat'],
  date_entree: ['date_d_entree', 'date_arrivee', 'date_d_arrivee'],
  date_depart: ['date_de_depart', 'date_sortie', 'date_de_sortie'],
  situation: ['statut_emploi', 'titulaire_contractuel'],
  categorie: ['cat'],
  filiere: [],
  cadre_emplois: ['cadre_d_emplois', 'cadre_d_emploi', 'cadre_emploi'],
  grade: [],
  code_rh: [],
  code_dga: [],
};

const BY_FOLDED: ReadonlyMap<string, ImportColumn> = new Map(
  IMPORT_COLUMNS.flatMap((column) => [column, ...ALIASES[column]].map((name) => [name, column] as const)),
);

export interface HeaderMapping {
  /** Field index → column, for the columns this file has. */
  readonly columns: ReadonlyMap<number, ImportColumn>;
  readonly present: ReadonlySet<ImportColumn>;
  /** Headers that match no documented column: ignored, listed in the report. */
  readonly ignored: readonly string[];
}

/** Maps the header to the documented columns, or refuses the file (missing or repeated columns). */
export function mapHeader(header: readonly string[]): HeaderMapping {
  const columns = new Map<number, ImportColumn>();
  const seen = new Map<ImportColumn, string>();
  const ignored: string[] = [];
  header.forEach((raw, index) => {
    const name = raw.trim();
    const column = BY_FOLDED.get(foldHeader(name));
    if (!column) {
      if (name !== '') ignored.push(name);
      return;
    }
    const previous = seen.get(column);
    if (previous !== undefined) {
      throw fileError('DUPLICATE_COLUMN', `Les colonnes « ${previous} » et « ${name} » désignent toutes deux « ${column} » : gardez-en une seule.`, { column });
    }
    seen.set(column, name);
    columns.set(index, column);
  });
  const missing = REQUIRED_COLUMNS.filter((column) => !seen.has(column));
  if (missing.length > 0) {
    throw fileError('MISSING_COLUMNS', `Colonnes obligatoires absentes de l’en-tête : ${missing.join(', ')}. Vérifiez la première ligne et le séparateur (; ou ,).`, {
      missing,
    });
  }
  return { columns, present: new Set(seen.keys()), ignored };
}
