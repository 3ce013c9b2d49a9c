/** The options of `nx g @maillage/generators:context` (schema.json says what each means). */
export interface ContextGeneratorSchema {
  readonly name: string;
  readonly aggregate?: string;
  readonly plural?: string;
  readonly title?: string;
  readonly route?: string;
  readonly timestamp?: number;
}
