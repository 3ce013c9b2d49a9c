// Maps the workspace's @maillage/* aliases onto the compiled tree in dist/api,
// so the built app runs with plain `node`. Must be imported first by entry points.
import { join } from 'node:path';
import { register } from 'tsconfig-paths';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the alias table itself, needed at run time (tsc copies it into dist)
import tsconfig from '../../../tsconfig.base.json';

const compiledRoot = join(__dirname, '..', '..', '..');
const paths = Object.fromEntries(
  Object.entries(tsconfig.compilerOptions.paths).map(([alias, targets]) => [alias, targets.map((t) => t.replace(/\.ts$/, ''))]),
);
register({ baseUrl: compiledRoot, paths });
