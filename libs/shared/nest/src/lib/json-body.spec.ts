import { MAX_JSON_DEPTH, jsonBodyProblem } from './json-body';

const problemOf = (text: string) => jsonBodyProblem(Buffer.from(text, 'utf8'));

describe('JSON bodies refused before parsing', () => {
  it('lets ordinary bodies through, brackets and escapes inside strings included', () => {
    expect(problemOf('{"rules":[{"field":"grade","audiences":["hr","hierarchy"]}]}')).toBeNull();
    expect(problemOf(JSON.stringify({ text: '[[[[{{{{'.repeat(20), quote: 'il a dit "\\u0000" \\\\' }))).toBeNull();
    expect(problemOf(`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`)).toBeNull();
  });

  it('refuses nesting deeper than the limit, before JSON.parse and the validators recurse into it', () => {
    expect(problemOf(`${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`)?.type).toBe('entity.too.deep');
    expect(problemOf('{"a":'.repeat(5000) + '1' + '}'.repeat(5000))?.type).toBe('entity.too.deep');
  });

  it('refuses an escaped NUL character, which PostgreSQL text cannot hold', () => {
    expect(problemOf('{"username":"\\u0000"}')?.type).toBe('entity.nul.character');
    expect(problemOf('{"label":"a\\u0000b"}')?.message).toContain('caractère nul');
  });

  it('does not mistake an escaped backslash followed by u0000 for a NUL', () => {
    expect(problemOf('{"path":"C:\\\\u0000"}')).toBeNull();
  });
});
