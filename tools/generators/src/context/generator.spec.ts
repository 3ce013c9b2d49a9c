import { Tree, readJson } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { FsTree } from 'nx/src/devkit-internals';
import { resolve } from 'node:path';
import { addNamedImports, addProperty, appendToArray, initializerOf, openSource, saveSource } from './ast-edits';
import { contextGenerator } from './generator';
import ts from 'typescript';

/**
 * The generator on a tree over the real repository (changes stay in memory): the files it creates
 * and every registration it makes in the real wiring files, so a reshaped anchor fails here first.
 * `.ci/check-generator` proves the output builds, lints and passes its tests.
 */
const root = resolve(__dirname, '..', '..', '..', '..');
const TIMESTAMP = 1765000000000;

let tree: Tree;
const read = (path: string) => tree.read(path, 'utf-8') ?? '';

describe('context generator, on the repository', () => {
  beforeAll(async () => {
    tree = new FsTree(root, false);
    await contextGenerator(tree, { name: 'sample-context', title: 'Contexte d’essai', timestamp: TIMESTAMP });
  });

  it('creates the six layers as tagged Nx projects, each with its entry point', () => {
    const projects: [string, string, string][] = [
      ['contracts', 'type:contracts', 'platform:any'],
      ['domain', 'type:domain', 'platform:any'],
      ['application', 'type:application', 'platform:node'],
      ['infrastructure', 'type:infrastructure', 'platform:node'],
      ['api', 'type:api', 'platform:node'],
      ['web/data-access', 'type:data-access', 'platform:browser'],
      ['web/feature-items', 'type:feature', 'platform:browser'],
    ];
    for (const [layer, type, platform] of projects) {
      const project = readJson(tree, `libs/sample-context/${layer}/project.json`);
      expect(project.name).toBe(`sample-context-${layer.replace('/', '-')}`);
      expect(project.tags).toEqual(['scope:sample-context', type, platform]);
      expect(tree.exists(`libs/sample-context/${layer}/src/index.ts`)).toBe(true);
    }
  });

  it('creates the sample aggregate, its projection, query, route, page and specs in the shape', () => {
    const lib = 'libs/sample-context';
    expect(
      [
        `${lib}/domain/src/lib/item.ts`,
        `${lib}/domain/src/lib/item.decide.ts`,
        `${lib}/domain/src/lib/item.decide.spec.ts`,
        `${lib}/domain/src/lib/sample-context.stored-events.ts`,
        `${lib}/application/src/lib/register-item/register-item.command.ts`,
        `${lib}/application/src/lib/register-item/register-item.handler.ts`,
        `${lib}/application/src/lib/register-item/register-item.handler.spec.ts`,
        `${lib}/application/src/lib/list-items/list-items.query-handler.ts`,
        `${lib}/application/src/lib/list-items/item-as-seen-by.spec.ts`,
        `${lib}/application/src/lib/item-catalog/item-catalog.projection.ts`,
        `${lib}/infrastructure/src/lib/sample-context.migration.ts`,
        `${lib}/infrastructure/src/lib/item-catalog.projection.ts`,
        `${lib}/infrastructure/src/lib/item-catalog.projection.int.spec.ts`,
        `${lib}/infrastructure/src/lib/sample-context-personal-data.ts`,
        `${lib}/api/src/lib/items.controller.ts`,
        `${lib}/api/src/lib/items.requests.ts`,
        `${lib}/web/feature-items/src/lib/items-page/items-page.component.html`,
        'apps/api-e2e/src/sample-context.e2e.spec.ts',
        'tools/testing/golden-events/sample-context/01-ItemRegistered.v1.json',
      ].filter((path) => !tree.exists(path)),
    ).toEqual([]);
    expect(read(`${lib}/api/src/lib/items.controller.ts`)).toContain("@Controller('sample-context/items')");
    expect(read(`${lib}/infrastructure/src/lib/sample-context.migration.ts`)).toContain(`class SampleContextTables${TIMESTAMP}`);
    expect(read(`${lib}/infrastructure/src/lib/sample-context.migration.ts`)).toContain('CREATE TABLE sample_context_item_catalog');
    expect(read(`${lib}/domain/src/lib/item.decide.ts`)).toContain("'SAMPLE_CONTEXT.LABEL_REQUIRED'");
    expect(read(`${lib}/web/feature-items/src/lib/sample-context.routes.ts`)).toContain("title: 'Contexte d’essai'");
  });

  it('builds on the shared pieces instead of copying them: platform contracts, read-your-writes types, web plumbing', () => {
    const lib = 'libs/sample-context';
    const created = tree.listChanges().filter((change) => change.type === 'CREATE');
    const importing = (from: string) => created.filter((change) => change.content?.toString('utf-8').includes(`from '${from}'`)).map((change) => change.path);
    expect(importing('@maillage/shared/contracts')).toEqual(
      expect.arrayContaining([
        `${lib}/application/src/lib/list-items/list-items.query-handler.ts`,
        `${lib}/api/src/lib/items.controller.ts`,
        `${lib}/web/data-access/src/lib/sample-context.api.ts`,
        'apps/api-e2e/src/sample-context.e2e.spec.ts',
      ]),
    );
    // No context re-exports or redeclares a platform shape, nor keeps a viewer token of its own.
    expect(created.filter((change) => /\b(interface|type) (Page|CommandAccepted)\b|export type \{[^}]*\b(Page|CommandAccepted)\b|_VIEWER\b/.test(change.content?.toString('utf-8') ?? '')).map((c) => c.path)).toEqual([]);
    expect(read(`${lib}/infrastructure/src/lib/item-catalog.projection.ts`)).toContain("implements Projection<SampleContextEvent['type']>");
    expect(read(`${lib}/application/src/lib/register-item/register-item.handler.spec.ts`)).toContain("eventTypes: ['ItemRegistered']");
    const page = read(`${lib}/web/feature-items/src/lib/items-page/items-page.component.ts`);
    expect(page).toContain('inject(CURRENT_ACCOUNT, { optional: true })');
    expect(page).toContain('feedbackOf(outcome, REGISTERED, SAMPLE_CONTEXT_FEEDBACK)');
    expect(read(`${lib}/web/feature-items/src/lib/items-page/items-page.component.html`)).toContain('<mlg-feedback [feedback]="feedback()" />');
    expect(read(`${lib}/web/data-access/src/lib/items.store.ts`)).toContain('loader((page: number)');
  });

  it('leaves no template syntax or path placeholder behind', () => {
    const created = tree.listChanges().filter((change) => change.type === 'CREATE');
    expect(created.filter((change) => /__[a-zA-Z]+__|\.template$/.test(change.path)).map((c) => c.path)).toEqual([]);
    expect(created.filter((change) => /<%|%>/.test(change.content?.toString('utf-8') ?? '')).map((c) => c.path)).toEqual([]);
  });

  it('adds the import paths of the seven libraries', () => {
    const paths = readJson(tree, 'tsconfig.base.json').compilerOptions.paths;
    expect(paths['@maillage/sample-context/domain']).toEqual(['libs/sample-context/domain/src/index.ts']);
    expect(paths['@maillage/sample-context/web/feature-items']).toEqual(['libs/sample-context/web/feature-items/src/index.ts']);
    expect(Object.keys(paths).filter((alias) => alias.startsWith('@maillage/sample-context/'))).toHaveLength(7);
  });

  it('registers the migrations, the module, the projections and the upcasters in the app', () => {
    expect(read('apps/api/src/app/database.ts')).toMatch(/import \{ SAMPLE_CONTEXT_MIGRATIONS \} from '@maillage\/sample-context\/infrastructure';/);
    expect(elementsOf('apps/api/src/app/database.ts', 'MIGRATIONS')).toContain('...SAMPLE_CONTEXT_MIGRATIONS');
    expect(read('apps/api/src/app/app.module.ts')).toMatch(/imports: \[[^\]]*\bSampleContextApiModule,\n\s*\]/);
    expect(elementsOf('apps/api/src/app/event-sourcing.module.ts', 'allProjections')).toContain('...sampleContextProjections()');
    expect(read('apps/api/src/app/event-upcasters.ts')).toContain('competencesStoredEvents, sampleContextStoredEvents])');
  });

  it('adds authorisation-matrix rows for both routes, a golden fixture replayed with the others, and the lint rules', () => {
    expect(elementsOf('apps/api-e2e/src/authorization-matrix.ts', 'AUTHORIZATION_MATRIX').slice(-2)).toEqual([
      "{ method: 'GET', path: '/api/sample-context/items', expect: everyone(200) }",
      "{ method: 'POST', path: '/api/sample-context/items', body: { label: 'Élément de la matrice' }, expect: { ...everyone(403), admin: 201 } }",
    ]);
    const golden = 'tools/testing/golden-events/golden-events.int.spec.ts';
    expect(elementsOf(golden, 'CONTEXTS').at(-1)).toContain("name: 'sample-context', catalog: sampleContextStoredEvents");
    expect(elementsOf(golden, 'MIGRATIONS').slice(-2)).toEqual(['...COMPETENCES_MIGRATIONS', '...SAMPLE_CONTEXT_MIGRATIONS']);
    expect(readJson(tree, 'tools/testing/golden-events/sample-context/01-ItemRegistered.v1.json')).toMatchObject({ type: 'ItemRegistered', schemaVersion: 1 });
    expect(read('tools/lint/sql-crossings.ts')).toContain("'sample-context': /\\bsample_context_[a-z0-9_]+/g,\n  'shared/event-store'");
    expect(elementsOf('tools/lint/sql-crossings.ts', 'CONTEXTS')).toContain("'sample-context'");
    expect(elementsOf('eslint.config.mjs', 'CONTEXTS')).toContain("'sample-context'");
  });

  it('mounts the page in the web app and adds its build inputs, leaving the app’s providers alone (the current account is shared)', () => {
    expect(read('apps/web/src/app/app.routes.ts')).toContain("import('@maillage/sample-context/web/feature-items').then((m) => m.SAMPLE_CONTEXT_ROUTES)");
    expect(tree.listChanges().map((change) => change.path)).not.toContain('apps/web/src/app/app.config.ts');
    const web = readJson(tree, 'apps/web/project.json');
    expect(web.targets.build.inputs).toContain('{workspaceRoot}/libs/sample-context/web/**/*');
    expect(web.targets.test.options.command).toMatch(/ libs\/sample-context\/web$/);
  });

  it('refuses to generate a context twice, a reserved name and a name that is not kebab-case', async () => {
    await expect(contextGenerator(tree, { name: 'sample-context', timestamp: TIMESTAMP })).rejects.toThrow('libs/sample-context already exists');
    await expect(contextGenerator(tree, { name: 'shared', timestamp: TIMESTAMP })).rejects.toThrow('reserved');
    await expect(contextGenerator(tree, { name: 'Sample_Context', timestamp: TIMESTAMP })).rejects.toThrow('kebab-case');
  });

  it('names everything after a chosen aggregate, and keeps an existing scope once in the lint rules', async () => {
    const other = new FsTree(root, false);
    await contextGenerator(other, { name: 'projects', aggregate: 'project', title: "Projets transversaux de l'an", timestamp: TIMESTAMP });
    const text = (path: string) => other.read(path, 'utf-8') ?? '';
    expect(text('libs/projects/domain/src/lib/project.decide.ts')).toContain('export const projectDecider');
    expect(text('libs/projects/api/src/lib/projects.controller.ts')).toContain("@Controller('projects/projects')");
    expect(text('libs/projects/web/feature-projects/src/lib/projects.routes.ts')).toContain("title: 'Projets transversaux de l\\'an'");
    expect(text('eslint.config.mjs').match(/'projects'/g)).toHaveLength(1);
  });

  function elementsOf(path: string, variable: string): string[] {
    const edit = openSource(tree, path);
    return initializerOf(edit, variable, ts.isArrayLiteralExpression).elements.map((e) => e.getText(edit.file));
  }
});

describe('registration edits by the AST', () => {
  let small: Tree;
  beforeEach(() => {
    small = createTreeWithEmptyWorkspace();
  });

  it('appends once, in the layout of the array (one line, one per line, trailing comma)', () => {
    small.write('a.ts', "import { x } from './x';\nexport const ONE = ['a', 'b'];\nexport const MANY = [\n  'a',\n  'b',\n];\n");
    for (let i = 0; i < 2; i++) {
      const edit = openSource(small, 'a.ts');
      appendToArray(edit, initializerOf(edit, 'ONE', ts.isArrayLiteralExpression), "'c'");
      appendToArray(edit, initializerOf(edit, 'MANY', ts.isArrayLiteralExpression), "'c'");
      addNamedImports(edit, './x', ['y']);
      addNamedImports(edit, './z', ['z']);
      saveSource(small, edit);
    }
    expect(small.read('a.ts', 'utf-8')).toBe(
      "import { x, y } from './x';\nimport { z } from './z';\nexport const ONE = ['a', 'b', 'c'];\nexport const MANY = [\n  'a',\n  'b',\n  'c',\n];\n",
    );
  });

  it('adds an object property before a named one, once', () => {
    small.write('o.ts', "const OWNERS = {\n  a: 1,\n  'shared/x': 2,\n} as const;\n");
    for (let i = 0; i < 2; i++) {
      const edit = openSource(small, 'o.ts');
      addProperty(edit, initializerOf(edit, 'OWNERS', ts.isObjectLiteralExpression), 'b-c', "'b-c': 3", 'shared/x');
      saveSource(small, edit);
    }
    expect(small.read('o.ts', 'utf-8')).toBe("const OWNERS = {\n  a: 1,\n  'b-c': 3,\n  'shared/x': 2,\n} as const;\n");
  });

  it('fails naming the file and the anchor when the anchor is gone', () => {
    small.write('m.ts', 'export const OTHER = [];\n');
    const edit = openSource(small, 'm.ts');
    expect(() => initializerOf(edit, 'MIGRATIONS', ts.isArrayLiteralExpression)).toThrow('m.ts: const MIGRATIONS not found');
  });
});
