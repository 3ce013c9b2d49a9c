import { Tree, generateFiles, joinPathFragments } from '@nx/devkit';
import { contextNames } from './names';
import { registerContext } from './registrations';
import type { ContextGeneratorSchema } from './schema';

/**
 * `nx g @maillage/generators:context --name=<kebab>`: a bounded context in the one shape
 * (docs/architecture.md, "The shape of a context"): six libraries with a sample aggregate, its
 * projection, query, routes, web page and specs, registered wherever the workspace lists contexts.
 */
export async function contextGenerator(tree: Tree, schema: ContextGeneratorSchema): Promise<void> {
  const n = contextNames(schema);
  if (tree.exists(`libs/${n.name}`)) throw new Error(`libs/${n.name} already exists: a context is generated once.`);
  generateFiles(tree, joinPathFragments(__dirname, 'files'), '.', {
    ...n,
    // Path segments of the templates: `__name__`, `__aggFile__`, `__pluralFile__`, `__aggClass__`.
    aggFile: n.aggregate.fileName,
    pluralFile: n.plural.fileName,
    aggClass: n.aggregate.className,
    /** A TypeScript string literal of any text (the French title may hold an apostrophe). */
    quote: (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`,
  });
  registerContext(tree, n);
}

export default contextGenerator;
