import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(__dirname, '..', '..', '..');

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) yield path;
  }
}

const isSourceMark = (decorator: ts.Decorator) =>
  ts.isCallExpression(decorator.expression) && ts.isIdentifier(decorator.expression.expression) && decorator.expression.expression.text === 'ExportsPersonalData';

/** The `context` a source answers for: a string literal, as in every context (anything else fails, naming the class). */
function contextOf(node: ts.ClassDeclaration, path: string): string {
  const member = node.members.find((m): m is ts.PropertyDeclaration => ts.isPropertyDeclaration(m) && m.name.getText() === 'context');
  if (!member?.initializer || !ts.isStringLiteral(member.initializer)) {
    throw new Error(`${path}: ${node.name?.text ?? 'a class'} is marked @ExportsPersonalData() without a literal \`context\``);
  }
  return member.initializer.text;
}

/**
 * Every section the export must have: the contexts of the providers marked `@ExportsPersonalData()`
 * in the contexts' infrastructure, which the app discovers by that mark. Read from the code rather
 * than listed here, so a generated context's section is expected as soon as it exists, and a
 * source that is declared but not wired in the app fails the export test.
 */
export function declaredPersonalDataSources(): string[] {
  const contexts: string[] = [];
  for (const lib of readdirSync(join(root, 'libs'))) {
    const infrastructure = join(root, 'libs', lib, 'infrastructure', 'src');
    if (!existsSync(infrastructure)) continue;
    for (const path of sourceFiles(infrastructure)) {
      const text = readFileSync(path, 'utf8');
      if (!text.includes('ExportsPersonalData')) continue;
      const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
      for (const node of file.statements) {
        if (ts.isClassDeclaration(node) && (ts.getDecorators(node) ?? []).some(isSourceMark)) contexts.push(contextOf(node, path));
      }
    }
  }
  return contexts.sort();
}
