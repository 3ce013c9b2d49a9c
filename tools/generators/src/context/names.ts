import { names } from '@nx/devkit';
import type { ContextGeneratorSchema } from './schema';

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** Scopes and folders that are not contexts: a context of that name would break the tags or the paths. */
const RESERVED = new Set(['shared', 'app', 'apps', 'tools', 'web', 'api']);

/** Every spelling of the context and its sample aggregate the templates and the registrations use. */
export interface ContextNames {
  /** kebab-case: the Nx scope, the lib folder, the API path, the import paths. */
  readonly name: string;
  readonly className: string;
  readonly propertyName: string;
  readonly constantName: string;
  /** snake_case: the prefix of the context's tables (the SQL scan knows it). */
  readonly tablePrefix: string;
  /** The sample read model's table. */
  readonly catalogTable: string;
  readonly title: string;
  readonly route: string;
  readonly aggregate: { readonly fileName: string; readonly className: string; readonly propertyName: string; readonly constantName: string };
  readonly plural: { readonly fileName: string; readonly className: string; readonly propertyName: string; readonly constantName: string };
  readonly timestamp: number;
}

function kebab(value: string, option: string): string {
  if (!KEBAB.test(value)) throw new Error(`--${option}=${value}: expected kebab-case (lower-case letters, digits and single dashes, starting with a letter).`);
  return value;
}

export function contextNames(schema: ContextGeneratorSchema): ContextNames {
  const name = kebab(schema.name, 'name');
  if (RESERVED.has(name)) throw new Error(`--name=${name}: "${name}" is not a context (reserved for the workspace).`);
  const context = names(name);
  const aggregate = names(kebab(schema.aggregate ?? 'item', 'aggregate'));
  const plural = names(kebab(schema.plural ?? `${aggregate.fileName}s`, 'plural'));
  if (plural.fileName === aggregate.fileName) throw new Error(`--plural must differ from --aggregate (${aggregate.fileName}).`);
  const timestamp = schema.timestamp ?? Date.now();
  if (!Number.isInteger(timestamp) || String(timestamp).length !== 13) throw new Error(`--timestamp=${timestamp}: expected milliseconds since 1970 (13 digits), as TypeORM orders migrations by it.`);
  return {
    name,
    className: context.className,
    propertyName: context.propertyName,
    constantName: context.constantName,
    tablePrefix: name.replace(/-/g, '_'),
    catalogTable: `${name.replace(/-/g, '_')}_${aggregate.fileName.replace(/-/g, '_')}_catalog`,
    title: schema.title?.trim() || name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' '),
    route: kebab(schema.route ?? name, 'route'),
    aggregate: { fileName: aggregate.fileName, className: aggregate.className, propertyName: aggregate.propertyName, constantName: aggregate.constantName },
    plural: { fileName: plural.fileName, className: plural.className, propertyName: plural.propertyName, constantName: plural.constantName },
    timestamp,
  };
}
