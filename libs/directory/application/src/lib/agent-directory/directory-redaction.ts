import { HIDDEN_NAME } from '@maillage/directory/contracts';
import { GovernedField, Redactor, Viewer } from '@maillage/governance/contracts';

/**
 * Which properties of a directory row each governed field covers. A row is cut
 * into these pieces, the one redaction point decides which pieces the viewer
 * sees, and the row is put back together without the others.
 */
const PIECES = {
  name: ['displayName', 'firstName', 'lastName'],
  birthName: ['birthName', 'usualName'],
  postTitle: ['postTitle'],
  unit: ['unitId', 'unitName', 'directionId', 'directionName'],
  workEmail: ['workEmail'],
  workPhone: ['workPhone'],
  office: ['office'],
  startDate: ['startDate'],
} as const satisfies Partial<Record<GovernedField, readonly string[]>>;

type Piece = keyof typeof PIECES;
type Row = { readonly id: string } & Record<string, unknown>;
const PIECE_KEYS = new Set<string>(Object.values(PIECES).flat());

export function piecesOf(row: Row): Partial<Record<Piece, Record<string, unknown>>> {
  const pieces: Partial<Record<Piece, Record<string, unknown>>> = {};
  for (const [field, keys] of Object.entries(PIECES) as [Piece, readonly string[]][]) {
    const present = keys.filter((key) => key in row);
    if (present.length > 0) pieces[field] = Object.fromEntries(present.map((key) => [key, row[key]]));
  }
  return pieces;
}

export interface RedactedRow<T> {
  readonly row: T;
  readonly hidden: readonly { readonly field: string; readonly visibleTo: readonly string[] }[];
}

/**
 * Rows of agents (`id` = the agent) as this viewer may see them, through the one
 * redaction point in one batch: the policy, the viewer's relation to every agent
 * and the audit entries are each one statement, whatever the number of rows.
 * A hidden name leaves `displayName` in words (« Nom non communiqué »), so a
 * list still has something to show.
 */
export async function redactRows<In extends Row, Out>(
  redactor: Redactor,
  viewer: Viewer,
  rows: readonly In[],
  purpose: string,
): Promise<RedactedRow<Out>[]> {
  if (rows.length === 0) return [];
  const redacted = await redactor.redactMany(viewer, rows.map((row) => ({ agentId: row.id, fields: piecesOf(row) })), purpose);
  return rows.map((row, i) => ({ row: assemble<Out>(row, redacted[i].shown), hidden: redacted[i].hidden }));
}

/** The row without its pieces, then the pieces the viewer may see put back. */
export function assemble<Out>(row: Row, shown: Partial<Record<string, unknown>>): Out {
  const out: Record<string, unknown> = Object.fromEntries(Object.entries(row).filter(([key]) => !PIECE_KEYS.has(key)));
  for (const piece of Object.keys(PIECES) as Piece[]) if (piece in shown) Object.assign(out, shown[piece]);
  if ('displayName' in row && !('displayName' in out)) out['displayName'] = HIDDEN_NAME;
  return out as Out;
}

/** The same, when the hints are not wanted. */
export async function redactList<In extends Row, Out>(redactor: Redactor, viewer: Viewer, rows: readonly In[], purpose: string): Promise<Out[]> {
  return (await redactRows<In, Out>(redactor, viewer, rows, purpose)).map((r) => r.row);
}
