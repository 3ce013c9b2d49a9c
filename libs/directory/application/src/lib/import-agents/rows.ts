import { AgentField } from '@maillage/directory/domain';
import { HeaderMapping, ImportColumn } from './columns';
import { CsvRecord } from './csv';
import { foldKey } from './fold';
import { RowIssue, issue } from './import-errors';

export type ImportStatus = 'active' | 'on_leave' | 'departed';

/** What a column feeds: an agent field, or something the planner resolves (unit, manager, status…). */
export type ImportField =
  | Exclude<AgentField, 'diplomas' | 'experience'>
  | 'firstName'
  | 'lastName'
  | 'workEmail'
  | 'startDate'
  | 'unit'
  | 'manager'
  | 'status'
  | 'departedOn';

export const FIELD_OF: Readonly<Record<ImportColumn, ImportField>> = {
  matricule: 'matricule',
  nom: 'lastName',
  prenom: 'firstName',
  nom_usage: 'usualName',
  email: 'workEmail',
  telephone: 'workPhone',
  bureau: 'office',
  intitule_poste: 'postTitle',
  unite: 'unit',
  responsable: 'manager',
  statut: 'status',
  date_entree: 'startDate',
  date_depart: 'departedOn',
  situation: 'employment',
  categorie: 'category',
  filiere: 'filiere',
  cadre_emplois: 'cadreEmplois',
  grade: 'grade',
  code_rh: 'hrCode',
  code_dga: 'dgaCode',
};

export const COLUMN_OF = Object.fromEntries(Object.entries(FIELD_OF).map(([column, field]) => [field, column])) as Readonly<Record<ImportField, ImportColumn>>;

/** The same limits as the API's requests: an import cannot store what a form could not. */
const MAX_LENGTH: Partial<Record<ImportColumn, number>> = {
  nom: 80,
  prenom: 80,
  nom_usage: 80,
  email: 200,
  telephone: 30,
  bureau: 120,
  intitule_poste: 160,
  unite: 200,
  responsable: 200,
};
const DEFAULT_MAX_LENGTH = 120;

const MATRICULE = /^[A-Za-z0-9-]{3,20}$/;
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

const STATUSES: Readonly<Record<string, ImportStatus>> = {
  actif: 'active',
  active: 'active',
  'en activite': 'active',
  conge: 'on_leave',
  'en conge': 'on_leave',
  parti: 'departed',
  partie: 'departed',
  depart: 'departed',
};
const EMPLOYMENTS: Readonly<Record<string, string>> = { titulaire: 'titulaire', contractuel: 'contractuel', contractuelle: 'contractuel' };

/**
 * One data line, checked on its own. `values` holds only the columns the
 * file has: an absent column leaves the agent's field as it is, an empty cell
 * (null) clears it.
 */
export interface ImportRow {
  readonly line: number;
  /** The matricule cell as written, even if invalid: what the report shows. */
  readonly matricule: string | null;
  readonly values: Readonly<Partial<Record<ImportField, string | null>>>;
  readonly errors: readonly RowIssue[];
}

/** « 03/09/2019 » or « 2019-09-03 » → « 2019-09-03 »; null if not a real date. */
export function parseDate(text: string): string | null {
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = french ? [+french[3], +french[2], +french[1]] : iso ? [+iso[1], +iso[2], +iso[3]] : [0, 0, 0];
  if (year < 1900 || year > 2200) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

type Check = (value: string) => { value: string } | { error: RowIssue };

const CHECKS: Partial<Record<ImportColumn, Check>> = {
  matricule: (v) =>
    MATRICULE.test(v) ? { value: v } : { error: issue('MATRICULE_INVALID', `Matricule « ${v} » invalide : 3 à 20 lettres, chiffres ou tirets.`) },
  email: (v) => (EMAIL.test(v) ? { value: v.toLowerCase() } : { error: issue('EMAIL_INVALID', `Adresse e-mail invalide : « ${v} ».`) }),
  responsable: (v) => ({ value: v.includes('@') ? v.toLowerCase() : v }),
  statut: (v) => {
    const status = STATUSES[foldKey(v)];
    return status ? { value: status } : { error: issue('STATUS_INVALID', `Statut « ${v} » inconnu : actif, congé ou parti.`) };
  },
  situation: (v) => {
    const employment = EMPLOYMENTS[foldKey(v)];
    return employment ? { value: employment } : { error: issue('EMPLOYMENT_INVALID', `Situation « ${v} » inconnue : titulaire ou contractuel.`) };
  },
  categorie: (v) =>
    /^[abc]$/i.test(v) ? { value: v.toUpperCase() } : { error: issue('CATEGORY_INVALID', `Catégorie « ${v} » invalide : A, B ou C.`) },
  date_entree: (v) => dateCheck(v, 'date_entree'),
  date_depart: (v) => dateCheck(v, 'date_depart'),
};

function dateCheck(v: string, column: ImportColumn): { value: string } | { error: RowIssue } {
  const date = parseDate(v);
  return date ? { value: date } : { error: issue('DATE_INVALID', `Date « ${v} » invalide dans la colonne ${column} : JJ/MM/AAAA ou AAAA-MM-JJ.`) };
}

const REQUIRED: readonly [ImportColumn, string, string][] = [
  ['matricule', 'MATRICULE_REQUIRED', 'Le matricule est obligatoire : c’est lui qui identifie l’agent.'],
  ['nom', 'NAME_REQUIRED', 'Le nom est obligatoire.'],
  ['prenom', 'NAME_REQUIRED', 'Le prénom est obligatoire.'],
  ['email', 'EMAIL_REQUIRED', 'L’adresse e-mail professionnelle est obligatoire.'],
  ['intitule_poste', 'POST_TITLE_REQUIRED', 'L’intitulé de poste est obligatoire.'],
  ['unite', 'UNIT_REQUIRED', 'L’unité (direction ou service) est obligatoire.'],
];

/** Checks a record's cells one by one: format, length, allowed values. */
export function readRow(record: CsvRecord, header: HeaderMapping, headerLength: number): ImportRow {
  const { line, fields } = record;
  const matriculeIndex = [...header.columns].find(([, column]) => column === 'matricule')?.[0] ?? -1;
  const matricule = fields[matriculeIndex]?.trim() || null;
  const extra = fields.slice(headerLength);
  if (fields.length < headerLength || extra.some((f) => f.trim() !== '')) {
    return {
      line,
      matricule,
      values: {},
      errors: [issue('MALFORMED_LINE', `Ligne mal formée : ${fields.length} champ(s) au lieu de ${headerLength} (séparateur ou guillemets mal placés ?).`)],
    };
  }
  const values: Partial<Record<ImportField, string | null>> = {};
  const errors: RowIssue[] = [];
  for (const [index, column] of header.columns) {
    const text = fields[index].trim();
    if (text === '') {
      values[FIELD_OF[column]] = null;
      continue;
    }
    const max = MAX_LENGTH[column] ?? DEFAULT_MAX_LENGTH;
    if (text.length > max) {
      errors.push(issue('VALUE_TOO_LONG', `La colonne ${column} dépasse ${max} caractères.`));
      continue;
    }
    const checked = CHECKS[column]?.(text) ?? { value: text };
    if ('error' in checked) errors.push(checked.error);
    else values[FIELD_OF[column]] = checked.value;
  }
  for (const [column, code, message] of REQUIRED) {
    if (values[FIELD_OF[column]] === null) errors.push(issue(code, message));
  }
  return { line, matricule, values, errors };
}
