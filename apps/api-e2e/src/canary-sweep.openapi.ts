/**
 * Reads the API's own OpenAPI document: every GET operation, and plausible
 * values for its query parameters, so an operation added later is swept
 * without anyone listing it.
 */

interface ParameterSchema {
  readonly type?: string;
  readonly enum?: readonly string[];
  readonly items?: { readonly enum?: readonly string[] };
  readonly maximum?: number;
  readonly minimum?: number;
  readonly default?: unknown;
  readonly maxLength?: number;
  readonly format?: string;
}

interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required?: boolean;
  readonly schema?: ParameterSchema;
}

export interface OpenApiDocument {
  readonly paths: Record<string, Record<string, { readonly parameters?: readonly Parameter[] }>>;
}

export interface GetOperation {
  /** `GET /api/agents/{id}`: the key the sweep reports and checks coverage by. */
  readonly key: string;
  readonly path: string;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly Parameter[];
}

export function getOperations(doc: OpenApiDocument): GetOperation[] {
  return Object.entries(doc.paths).flatMap(([path, operations]) => {
    const get = operations['get'];
    if (!get) return [];
    const parameters = get.parameters ?? [];
    const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    return [{ key: `GET ${path}`, path, pathParams, queryParams: parameters.filter((p) => p.in === 'query') }];
  });
}

/** Values the sweep tries in query parameters, by what the parameter looks like. */
export interface QueryProbes {
  /** Free text (`q`): the canaries themselves, so a search by a hidden value is tried. */
  readonly texts: readonly string[];
  /** Identifiers (`…Id`, `root`): the target agents, their unit and direction. */
  readonly ids: readonly string[];
  readonly dates: readonly string[];
}

const DATE_NAME = /^(at|from|to|since|until)$|date|On$/i;
const ID_NAME = /Id$|^root$|^id$/;
const PAGE_SIZE_NAME = /^(pageSize|limit|size|perPage)$/i;

/** Candidate values of one query parameter. */
export function candidates(parameter: Parameter, probes: QueryProbes): string[] {
  const schema = parameter.schema ?? {};
  const enumeration = schema.enum ?? schema.items?.enum;
  if (enumeration) return [...enumeration];
  if (PAGE_SIZE_NAME.test(parameter.name)) return [String(schema.maximum ?? 100)];
  if (parameter.name === 'page') return ['1'];
  if (schema.type === 'integer' || schema.type === 'number' || schema.minimum !== undefined || schema.maximum !== undefined) {
    return [String(schema.default ?? schema.minimum ?? 1)];
  }
  if (DATE_NAME.test(parameter.name) || schema.format === 'date' || schema.format === 'date-time') return [...probes.dates];
  if (ID_NAME.test(parameter.name)) return [...probes.ids];
  return [...probes.texts];
}

/**
 * The query strings to call one operation with: the base call (required
 * parameters filled, page sizes at their maximum) and one variation per
 * candidate value of each parameter (every enum value — `format=csv` included —,
 * every probe text and identifier).
 */
export function queryVariants(operation: GetOperation, probes: QueryProbes): Record<string, string>[] {
  const base: Record<string, string> = {};
  for (const parameter of operation.queryParams) {
    const values = candidates(parameter, probes);
    if ((parameter.required || PAGE_SIZE_NAME.test(parameter.name)) && values.length > 0) base[parameter.name] = values[0];
  }
  const variants = [base];
  for (const parameter of operation.queryParams) {
    for (const value of candidates(parameter, probes)) {
      if (base[parameter.name] !== value) variants.push({ ...base, [parameter.name]: value });
    }
  }
  return variants;
}

export function urlOf(path: string, pathValues: Readonly<Record<string, string>>, query: Readonly<Record<string, string>>): string {
  const filled = path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(pathValues[name]));
  const search = new URLSearchParams(query).toString();
  return search ? `${filled}?${search}` : filled;
}

/** The next page of a paged answer (`{ total, page, pageSize }`), if there is one. */
export function nextPage(body: unknown, query: Readonly<Record<string, string>>): Record<string, string> | null {
  if (!body || typeof body !== 'object') return null;
  const { total, page, pageSize } = body as { total?: unknown; page?: unknown; pageSize?: unknown };
  if (typeof total !== 'number' || typeof page !== 'number' || typeof pageSize !== 'number' || pageSize <= 0) return null;
  return page * pageSize < total ? { ...query, page: String(page + 1) } : null;
}
