import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { AGENTS_BELOW_SQL_FUNCTION, SKILL_VISIBLE_SQL_FUNCTION } from '@maillage/governance/contracts';

/**
 * Who owns which tables, by name prefix. A context's code names only its own tables in SQL;
 * the event log and the projection machinery belong to libs/shared/event-store.
 */
export const TABLE_OWNERS = {
  directory: /\bdirectory_[a-z0-9_]+/g,
  competences: /\bcompetences_[a-z0-9_]+/g,
  governance: /\bgovernance_[a-z0-9_]+/g,
  identity: /\bidentity_[a-z0-9_]+/g,
  'shared/event-store': /\b(?:projection_[a-z0-9_]+|event_streams|append_to_stream)\b/g,
} as const;

export type Owner = keyof typeof TABLE_OWNERS;
export const CONTEXTS = ['directory', 'competences', 'governance', 'identity'] as const;

/**
 * What an owner publishes for others to call by name in their SQL (declared in its contracts):
 * a published decision, never a table.
 */
export const PUBLISHED_SQL: ReadonlySet<string> = new Set([SKILL_VISIBLE_SQL_FUNCTION, AGENTS_BELOW_SQL_FUNCTION]);

/** The shared `events` table, named where SQL names a table (a word alone is too common). */
const EVENTS_TABLE = /\b(?:from|join|into|update|table)\s+events\b/gi;

/** A table (or SQL function) of `owner` named in a string of `file`. */
export interface Crossing {
  readonly file: string;
  readonly table: string;
  readonly owner: Owner;
}

/** Every string and template text of a TypeScript file: where SQL lives. */
export function stringsOf(source: string, fileName: string): string[] {
  const texts: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) texts.push(node.text);
    else if (ts.isTemplateExpression(node)) texts.push(node.head.text, ...node.templateSpans.map((span) => span.literal.text));
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS));
  return texts;
}

/** The tables of other owners named in one file's strings, each once. */
export function crossingsIn(file: string, source: string, self: Owner | 'shared'): Crossing[] {
  const found = new Map<string, Crossing>();
  for (const text of stringsOf(source, file)) {
    for (const [owner, pattern] of Object.entries(TABLE_OWNERS) as [Owner, RegExp][]) {
      if (owner === self) continue;
      for (const match of text.matchAll(pattern)) {
        if (!PUBLISHED_SQL.has(match[0])) found.set(`${owner}:${match[0]}`, { file, table: match[0], owner });
      }
    }
    if (self !== 'shared/event-store' && EVENTS_TABLE.test(text)) found.set('events', { file, table: 'events', owner: 'shared/event-store' });
    EVENTS_TABLE.lastIndex = 0;
  }
  return [...found.values()];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', 'dist', 'web'].includes(entry.name) ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !/\.(spec|test-kit)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/**
 * The crossings in every context's server code. Tests and test kits are left out (they may seed or
 * count another context's rows to set a scene); the browser code has no SQL.
 */
export function scanContexts(root: string): Crossing[] {
  const scan = (dir: string, self: Owner | 'shared') =>
    sourceFiles(join(root, dir)).flatMap((path) => crossingsIn(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8'), self));
  // Outside the contexts, only the log itself is checked: the shared Nest plumbing and the app read
  // projection checkpoints and parked events on purpose (read-your-writes, health).
  const sharedDirs = readdirSync(join(root, 'libs', 'shared')).filter((name) => name !== 'event-store').map((name) => `libs/shared/${name}`);
  return [
    ...CONTEXTS.flatMap((context) => scan(`libs/${context}`, context)),
    ...[...sharedDirs, 'apps/api/src'].flatMap((dir) => scan(dir, 'shared').filter((c) => c.table === 'events')),
  ];
}
