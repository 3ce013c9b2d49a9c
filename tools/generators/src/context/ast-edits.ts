import { ChangeType, StringChange, Tree, applyChangesToString } from '@nx/devkit';
import ts from 'typescript';

/**
 * Registration edits on the workspace's wiring files, located by the TypeScript AST (a named
 * variable, a call, a property), never by a regular expression over the text: a reformatted or
 * reordered file still works, and a missing anchor fails loudly with the file and what was sought.
 */
export interface SourceEdit {
  readonly path: string;
  readonly text: string;
  readonly file: ts.SourceFile;
  readonly changes: StringChange[];
}

export function openSource(tree: Tree, path: string): SourceEdit {
  const text = tree.read(path, 'utf-8');
  if (text === null) throw new Error(`${path} is missing: the generator registers the new context there.`);
  const kind = /\.m?js$/.test(path) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  return { path, text, file: ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind), changes: [] };
}

export function saveSource(tree: Tree, edit: SourceEdit): void {
  if (edit.changes.length > 0) tree.write(edit.path, applyChangesToString(edit.text, edit.changes));
}

function anchorMissing(edit: SourceEdit, what: string): Error {
  return new Error(`${edit.path}: ${what} not found; register the context there by hand, or restore the anchor the generator relies on.`);
}

function unwrap(node: ts.Node | undefined): ts.Node | undefined {
  let current = node;
  while (current && (ts.isAsExpression(current) || ts.isSatisfiesExpression(current) || ts.isParenthesizedExpression(current))) current = current.expression;
  if (current && ts.isArrowFunction(current) && !ts.isBlock(current.body)) return unwrap(current.body);
  return current;
}

function find<T extends ts.Node>(root: ts.Node, match: (node: ts.Node) => node is T): T[] {
  const found: T[] = [];
  const visit = (node: ts.Node): void => {
    if (match(node)) found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(root);
  return found;
}

function exactlyOne<T>(edit: SourceEdit, nodes: T[], what: string): T {
  if (nodes.length === 1) return nodes[0];
  if (nodes.length === 0) throw anchorMissing(edit, what);
  throw new Error(`${edit.path}: ${nodes.length} candidates for ${what}; the generator needs exactly one.`);
}

/** The array or object a `const NAME = …` holds (through `as const`, `satisfies`, or an arrow returning it). */
export function initializerOf<T extends ts.Node>(edit: SourceEdit, variable: string, is: (node: ts.Node) => node is T): T {
  const declaration = exactlyOne(
    edit,
    find(edit.file, (node): node is ts.VariableDeclaration => ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === variable),
    `const ${variable}`,
  );
  const value = unwrap(declaration.initializer);
  if (!value || !is(value)) throw anchorMissing(edit, `the literal of const ${variable}`);
  return value;
}

/** The array given as first argument to `callee(…)` or `new callee(…)`. */
export function arrayArgumentOf(edit: SourceEdit, callee: string): ts.ArrayLiteralExpression {
  const calls = find(
    edit.file,
    (node): node is ts.CallExpression | ts.NewExpression =>
      (ts.isCallExpression(node) || ts.isNewExpression(node)) && node.expression.getText(edit.file) === callee,
  );
  const call = exactlyOne(edit, calls, `a call of ${callee}(…)`);
  const argument = unwrap(call.arguments?.[0]);
  if (!argument || !ts.isArrayLiteralExpression(argument)) throw anchorMissing(edit, `the array argument of ${callee}(…)`);
  return argument;
}

/** The array of the one `property: [ … ]` in the file. */
export function arrayPropertyOf(edit: SourceEdit, property: string): ts.ArrayLiteralExpression {
  const assignments = find(
    edit.file,
    (node): node is ts.PropertyAssignment =>
      ts.isPropertyAssignment(node) && node.name.getText(edit.file).replace(/['"]/g, '') === property && ts.isArrayLiteralExpression(unwrap(node.initializer) ?? node),
  );
  return unwrap(exactlyOne(edit, assignments, `a property "${property}: [ … ]"`).initializer) as ts.ArrayLiteralExpression;
}

function indentOf(edit: SourceEdit, node: ts.Node): string {
  const start = node.getStart(edit.file);
  const lineStart = edit.text.lastIndexOf('\n', start - 1) + 1;
  return edit.text.slice(lineStart, start);
}

/** Appends `element` to an array literal in the array's own layout (one line, or one element per line); once. */
export function appendToArray(edit: SourceEdit, array: ts.ArrayLiteralExpression, element: string): void {
  const elements = array.elements;
  if (elements.some((e) => e.getText(edit.file).replace(/\s+/g, ' ') === element.replace(/\s+/g, ' '))) return;
  if (elements.length === 0) {
    edit.changes.push({ type: ChangeType.Insert, index: array.getEnd() - 1, text: element });
    return;
  }
  const last = elements[elements.length - 1];
  const multiline = edit.text.slice(array.getStart(edit.file), elements[0].getStart(edit.file)).includes('\n');
  if (elements.hasTrailingComma) {
    const comma = edit.text.indexOf(',', last.getEnd());
    edit.changes.push({ type: ChangeType.Insert, index: comma + 1, text: multiline ? `\n${indentOf(edit, last)}${element},` : ` ${element},` });
  } else {
    edit.changes.push({ type: ChangeType.Insert, index: last.getEnd(), text: multiline ? `,\n${indentOf(edit, last)}${element}` : `, ${element}` });
  }
}

/** Adds `property` (full text, e.g. `'name': value`) to an object literal, before the property named `before` if there is one; once. */
export function addProperty(edit: SourceEdit, object: ts.ObjectLiteralExpression, key: string, property: string, before?: string): void {
  const keyOf = (p: ts.ObjectLiteralElementLike) => p.name?.getText(edit.file).replace(/['"]/g, '');
  if (object.properties.some((p) => keyOf(p) === key)) return;
  const anchor = before === undefined ? undefined : object.properties.find((p) => keyOf(p) === before);
  if (anchor) {
    edit.changes.push({ type: ChangeType.Insert, index: anchor.getStart(edit.file), text: `${property},\n${indentOf(edit, anchor)}` });
    return;
  }
  const last = object.properties[object.properties.length - 1];
  if (!last) throw anchorMissing(edit, `a property of the object that should receive ${key}`);
  const comma = object.properties.hasTrailingComma ? edit.text.indexOf(',', last.getEnd()) + 1 : last.getEnd();
  edit.changes.push({ type: ChangeType.Insert, index: comma, text: `${object.properties.hasTrailingComma ? '' : ','}\n${indentOf(edit, last)}${property}${object.properties.hasTrailingComma ? ',' : ''}` });
}

/** `import { names } from 'module'`: merged into an existing import of that module, or a new line after the last import; once. */
export function addNamedImports(edit: SourceEdit, module: string, names: readonly string[]): void {
  const imports = edit.file.statements.filter(ts.isImportDeclaration);
  const namedImportsOf = (i: ts.ImportDeclaration): ts.NamedImports | undefined => {
    const bindings = i.importClause?.namedBindings;
    const sameModule = ts.isStringLiteral(i.moduleSpecifier) && i.moduleSpecifier.text === module;
    return sameModule && !i.importClause?.isTypeOnly && bindings && ts.isNamedImports(bindings) ? bindings : undefined;
  };
  const bindings = imports.map(namedImportsOf).find((b) => b !== undefined);
  if (bindings) {
    const present = new Set(bindings.elements.map((e) => e.name.text));
    const missing = names.filter((n) => !present.has(n));
    if (missing.length === 0) return;
    const last = bindings.elements[bindings.elements.length - 1];
    edit.changes.push({ type: ChangeType.Insert, index: last.getEnd(), text: `, ${missing.join(', ')}` });
    return;
  }
  const statement = `import { ${names.join(', ')} } from '${module}';`;
  const after = imports[imports.length - 1];
  edit.changes.push(after ? { type: ChangeType.Insert, index: after.getEnd(), text: `\n${statement}` } : { type: ChangeType.Insert, index: 0, text: `${statement}\n` });
}
