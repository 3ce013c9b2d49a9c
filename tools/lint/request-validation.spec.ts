import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { blankAllowedPropertiesOf, createValidationPipe, nullablePropertiesOf } from '@maillage/shared/nest';
import { IsIn, IsOptional, IsString, Length, ValidationError, getMetadataStorage } from 'class-validator';

/**
 * Walks every request class (anything decorated with class-validator in the API libraries,
 * exported or not) and sends each of its fields the values a hostile or careless client
 * sends: null, blank text and arrays of those. Each must be refused by the global
 * validation pipe's options, unless the class declares that field nullable
 * (`@IsNullable()`, `@IsOptionalNullable()`: null means "clear it") or blank-tolerant
 * (`@AllowBlank()`: a search box). A request class added later is found by the scan.
 */
const root = resolve(__dirname, '..', '..');
const SCANNED = ['libs/shared/nest/src', 'apps/api/src', ...readdirSync(join(root, 'libs')).map((context) => `libs/${context}/api/src`)];

function requestFiles(): string[] {
  return SCANNED.flatMap((dir) => {
    const absolute = join(root, dir);
    let names: string[];
    try {
      names = readdirSync(absolute, { recursive: true }) as string[];
    } catch {
      return [];
    }
    return names
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))
      .map((name) => join(absolute, name))
      .filter((file) => /from 'class-validator'/.test(readFileSync(file, 'utf8')));
  });
}

class Refused {
  constructor(readonly errors: ValidationError[]) {}
}
const pipe = createValidationPipe({ exceptionFactory: (errors) => new Refused(errors) });

/** The fields the pipe refuses in this body (or query), by name; empty when it is accepted. */
async function refusedFields(requestClass: new () => object, value: Record<string, unknown>): Promise<string[]> {
  try {
    await pipe.transform(value, { type: 'body', metatype: requestClass });
    return [];
  } catch (error) {
    if (error instanceof Refused) return error.errors.map((e) => e.property);
    throw error;
  }
}

const BLANKS: readonly unknown[] = ['', '   '];
const IN_ARRAYS: readonly unknown[] = [[null], [''], ['   ']];

/** Every way this request class lets an invalid value through, in words. */
async function violationsOf(requestClass: new () => object): Promise<string[]> {
  const properties = [...new Set(getMetadataStorage().getTargetValidationMetadatas(requestClass, '', true, false).map((m) => m.propertyName))];
  const nullable = nullablePropertiesOf(requestClass);
  const blankAllowed = blankAllowedPropertiesOf(requestClass);
  const violations: string[] = [];
  for (const property of properties) {
    // Query strings and bodies go through the same pipe and options: one kind of argument is enough.
    const check = async (value: unknown, mayPass: boolean) => {
      const refused = (await refusedFields(requestClass, { [property]: value })).includes(property);
      if (!refused && !mayPass) violations.push(`${requestClass.name}.${property} accepts ${JSON.stringify(value)}`);
      if (refused && mayPass && (value === null || blankAllowed.has(property))) {
        violations.push(`${requestClass.name}.${property} is declared to accept ${JSON.stringify(value)} but refuses it`);
      }
    };
    await check(null, nullable.has(property));
    for (const blank of BLANKS) await check(blank, nullable.has(property) || blankAllowed.has(property));
    for (const inArray of IN_ARRAYS) await check(inArray, false);
  }
  return violations;
}

requestFiles().forEach((file) => require(file));
const requestClasses = [...(getMetadataStorage() as unknown as { validationMetadatas: Map<new () => object, unknown> }).validationMetadatas.keys()];

describe('every request class', () => {
  it('is found by the scan, exported or not', () => {
    const names = requestClasses.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['PageRequest', 'LoginRequest', 'ChangeAgentFieldsRequest', 'UpdateSkillRequest', 'RecordDecisionRequest', 'VisibilityRuleRequest', 'TeamBuilderRequestBody', 'RequirementRequest', 'ImportReportRequest']));
    expect(requestClasses.length).toBeGreaterThanOrEqual(30);
  });

  it.each(requestClasses.map((c) => [c.name, c] as const))('%s refuses null and blank values unless it declares them', async (_name, requestClass) => {
    expect(await violationsOf(requestClass)).toEqual([]);
  });

  it('catches a request class that lets null or blank text through', async () => {
    class RegressedRequest {
      @IsOptional() @IsIn(['hidden', 'everyone']) scope?: string;
      @IsString() @Length(1, 80) label!: string;
    }
    const violations = await violationsOf(RegressedRequest);
    expect(violations).toContain('RegressedRequest.scope accepts null');
    expect(violations).toContain('RegressedRequest.label accepts "   "');
  });
});
