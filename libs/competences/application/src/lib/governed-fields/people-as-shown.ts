import { HIDDEN_NAME } from '@maillage/directory/contracts';
import { Redactor, Viewer } from '@maillage/governance/contracts';

/**
 * Which properties of a person in a competences answer each governed field covers:
 * this context shows a name, a post and where the person works, read from the
 * directory's tables, so the committee's policy on them must hold here too.
 */
const PIECES = {
  name: ['displayName'],
  postTitle: ['postTitle'],
  unit: ['unitName', 'directionName'],
} as const;

export type ShownField = keyof typeof PIECES;
type Person = { readonly agentId: string };

export interface PersonAsShown<T> {
  readonly row: T;
  /** The governed fields withheld from this reader (their values are gone from `row`). */
  readonly hidden: ReadonlySet<ShownField>;
}

function piecesOf(row: Person): Partial<Record<ShownField, Record<string, unknown>>> {
  const values = row as unknown as Record<string, unknown>;
  const pieces: Partial<Record<ShownField, Record<string, unknown>>> = {};
  for (const [field, keys] of Object.entries(PIECES) as [ShownField, readonly string[]][]) {
    const present = keys.filter((key) => key in values);
    if (present.length > 0) pieces[field] = Object.fromEntries(present.map((key) => [key, values[key]]));
  }
  return pieces;
}

/**
 * People in an answer as this reader may see them, through the one redaction point in
 * one call whatever their number (one policy read, one relation query, one audit batch).
 * A withheld post or unit becomes null and a withheld name « Nom non communiqué », as in
 * the directory, so a card still has something to show and never the raw value. Fail
 * closed: a piece the redaction point does not return is withheld.
 */
export async function peopleAsShown<T extends Person>(
  redactor: Redactor,
  viewer: Viewer,
  rows: readonly T[],
  purpose: string,
): Promise<PersonAsShown<T>[]> {
  if (rows.length === 0) return [];
  const subjects = rows.map((row) => ({ agentId: row.agentId, fields: piecesOf(row) }));
  const redacted = await redactor.redactMany(viewer, subjects, purpose);
  return rows.map((row, i) => {
    const hidden = new Set((Object.keys(subjects[i].fields) as ShownField[]).filter((field) => !(field in redacted[i].shown)));
    if (hidden.size === 0) return { row, hidden };
    const out: Record<string, unknown> = { ...row };
    for (const field of hidden) for (const key of PIECES[field]) out[key] = key === 'displayName' ? HIDDEN_NAME : null;
    return { row: out as T, hidden };
  });
}
