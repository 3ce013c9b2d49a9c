import { Tree, updateJson } from '@nx/devkit';
import ts from 'typescript';
import { addNamedImports, addProperty, appendToArray, arrayArgumentOf, arrayPropertyOf, initializerOf, openSource, saveSource } from './ast-edits';
import type { ContextNames } from './names';

/** The libraries of a context: import path → entry file (tsconfig paths). */
export function libraryPaths(n: ContextNames): Record<string, string> {
  const layers = ['contracts', 'domain', 'application', 'infrastructure', 'api', 'web/data-access', `web/feature-${n.plural.fileName}`];
  return Object.fromEntries(layers.map((layer) => [`@maillage/${n.name}/${layer}`, `libs/${n.name}/${layer}/src/index.ts`]));
}

function registerPaths(tree: Tree, n: ContextNames): void {
  updateJson(tree, 'tsconfig.base.json', (json) => {
    const paths = json.compilerOptions.paths as Record<string, string[]>;
    for (const [alias, entry] of Object.entries(libraryPaths(n))) paths[alias] = [entry];
    return json;
  });
}

/** The app: migrations, module, projections, upcasters. */
function registerInApi(tree: Tree, n: ContextNames): void {
  const infrastructure = `@maillage/${n.name}/infrastructure`;

  const database = openSource(tree, 'apps/api/src/app/database.ts');
  addNamedImports(database, infrastructure, [`${n.constantName}_MIGRATIONS`]);
  appendToArray(database, initializerOf(database, 'MIGRATIONS', ts.isArrayLiteralExpression), `...${n.constantName}_MIGRATIONS`);
  saveSource(tree, database);

  const app = openSource(tree, 'apps/api/src/app/app.module.ts');
  addNamedImports(app, `@maillage/${n.name}/api`, [`${n.className}ApiModule`]);
  appendToArray(app, arrayPropertyOf(app, 'imports'), `${n.className}ApiModule`);
  saveSource(tree, app);

  const eventSourcing = openSource(tree, 'apps/api/src/app/event-sourcing.module.ts');
  addNamedImports(eventSourcing, infrastructure, [`${n.propertyName}Projections`]);
  appendToArray(eventSourcing, initializerOf(eventSourcing, 'allProjections', ts.isArrayLiteralExpression), `...${n.propertyName}Projections()`);
  saveSource(tree, eventSourcing);

  const upcasters = openSource(tree, 'apps/api/src/app/event-upcasters.ts');
  addNamedImports(upcasters, `@maillage/${n.name}/domain`, [`${n.propertyName}StoredEvents`]);
  appendToArray(upcasters, arrayArgumentOf(upcasters, 'UpcasterRegistry'), `${n.propertyName}StoredEvents`);
  saveSource(tree, upcasters);
}

/** Who may call the new routes: a row per route, each cell a test of authorization-matrix.e2e.spec.ts. */
function registerAuthorizationRows(tree: Tree, n: ContextNames): void {
  const matrix = openSource(tree, 'apps/api-e2e/src/authorization-matrix.ts');
  const rows = initializerOf(matrix, 'AUTHORIZATION_MATRIX', ts.isArrayLiteralExpression);
  const path = `/api/${n.name}/${n.plural.fileName}`;
  appendToArray(matrix, rows, `{ method: 'GET', path: '${path}', expect: everyone(200) }`);
  appendToArray(matrix, rows, `{ method: 'POST', path: '${path}', body: { label: 'Élément de la matrice' }, expect: { ...everyone(403), admin: 201 } }`);
  saveSource(tree, matrix);
}

/** The golden replay covers the new context's events: its catalog, deciders, projections and migrations. */
function registerGoldenEvents(tree: Tree, n: ContextNames): void {
  const golden = openSource(tree, 'tools/testing/golden-events/golden-events.int.spec.ts');
  addNamedImports(golden, `@maillage/${n.name}/domain`, [`${n.constantName}_EVENT_TYPES`, `${n.aggregate.propertyName}Decider`, `${n.propertyName}StoredEvents`]);
  addNamedImports(golden, `@maillage/${n.name}/infrastructure`, [`${n.constantName}_MIGRATIONS`, `${n.propertyName}Projections`]);
  appendToArray(
    golden,
    initializerOf(golden, 'CONTEXTS', ts.isArrayLiteralExpression),
    `{ name: '${n.name}', catalog: ${n.propertyName}StoredEvents, types: ${n.constantName}_EVENT_TYPES, deciders: { '${n.aggregate.fileName}-': ${n.aggregate.propertyName}Decider }, projections: ${n.propertyName}Projections }`,
  );
  appendToArray(golden, initializerOf(golden, 'MIGRATIONS', ts.isArrayLiteralExpression), `...${n.constantName}_MIGRATIONS`);
  saveSource(tree, golden);
}

/** Lint: the SQL scan knows the context's table prefix, and the module-boundary rules its scope. */
function registerLint(tree: Tree, n: ContextNames): void {
  const crossings = openSource(tree, 'tools/lint/sql-crossings.ts');
  addProperty(crossings, initializerOf(crossings, 'TABLE_OWNERS', ts.isObjectLiteralExpression), n.name, `'${n.name}': /\\b${n.tablePrefix}_[a-z0-9_]+/g`, 'shared/event-store');
  appendToArray(crossings, initializerOf(crossings, 'CONTEXTS', ts.isArrayLiteralExpression), `'${n.name}'`);
  saveSource(tree, crossings);

  const eslint = openSource(tree, 'eslint.config.mjs');
  appendToArray(eslint, initializerOf(eslint, 'CONTEXTS', ts.isArrayLiteralExpression), `'${n.name}'`);
  saveSource(tree, eslint);
}

/** The web app: a lazy route to the feature, and the build's inputs. */
function registerInWeb(tree: Tree, n: ContextNames): void {
  const routes = openSource(tree, 'apps/web/src/app/app.routes.ts');
  appendToArray(
    routes,
    arrayPropertyOf(routes, 'children'),
    `{
        path: '${n.route}',
        loadChildren: () => import('@maillage/${n.name}/web/feature-${n.plural.fileName}').then((m) => m.${n.constantName}_ROUTES),
      }`,
  );
  saveSource(tree, routes);

  // Nothing to provide: the page asks the shared CURRENT_ACCOUNT, which the app provides once for every context.

  updateJson(tree, 'apps/web/project.json', (json) => {
    const build = json.targets?.build;
    if (Array.isArray(build?.inputs)) {
      for (const input of [`{workspaceRoot}/libs/${n.name}/web/**/*`, `{workspaceRoot}/libs/${n.name}/contracts/**/*`]) {
        if (!build.inputs.includes(input)) build.inputs.push(input);
      }
    }
    const test = json.targets?.test?.options;
    if (typeof test?.command === 'string' && !test.command.includes(`libs/${n.name}/web`)) test.command = `${test.command} libs/${n.name}/web`;
    return json;
  });
}

export function registerContext(tree: Tree, n: ContextNames): void {
  registerPaths(tree, n);
  registerInApi(tree, n);
  registerAuthorizationRows(tree, n);
  registerGoldenEvents(tree, n);
  registerLint(tree, n);
  registerInWeb(tree, n);
}
