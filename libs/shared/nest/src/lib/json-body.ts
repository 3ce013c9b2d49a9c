import type { IncomingMessage } from 'node:http';

/** Deeper than any request of ours (a committee decision is 4 levels); deep enough JSON overflows the validators' recursion. */
export const MAX_JSON_DEPTH = 32;

/** An error body-parser passes on with its `type`, which the problem-details filter maps to a 400. */
class JsonBodyRefused extends Error {
  constructor(
    readonly type: 'entity.too.deep' | 'entity.nul.character',
    message: string,
  ) {
    super(message);
  }
}

/**
 * What is wrong with a JSON body before it is parsed, or null: nesting deeper
 * than `MAX_JSON_DEPTH`, or a NUL character (`\u0000`), which PostgreSQL text
 * cannot hold and no field of ours needs. One pass over the bytes, outside and
 * inside strings (escapes skipped), so it costs nothing next to JSON.parse.
 */
export function jsonBodyProblem(body: Buffer): JsonBodyRefused | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i];
    if (inString) {
      if (byte === 0x5c /* \ */) {
        if (body[i + 1] === 0x75 /* u */ && body.toString('latin1', i + 2, i + 6) === '0000') {
          return new JsonBodyRefused('entity.nul.character', 'Le contenu contient un caractère nul (\\u0000) : retirez-le.');
        }
        i++;
      } else if (byte === 0x22 /* " */) {
        inString = false;
      }
    } else if (byte === 0x22) {
      inString = true;
    } else if (byte === 0x7b /* { */ || byte === 0x5b /* [ */) {
      if (++depth > MAX_JSON_DEPTH) {
        return new JsonBodyRefused('entity.too.deep', `Le contenu JSON est imbriqué sur plus de ${MAX_JSON_DEPTH} niveaux.`);
      }
    } else if (byte === 0x7d /* } */ || byte === 0x5d /* ] */) {
      depth--;
    }
  }
  return null;
}

/** body-parser's `verify` hook: throwing refuses the body before JSON.parse and the validators see it. */
export function verifyJsonBody(_req: IncomingMessage, _res: unknown, body: Buffer): void {
  const problem = jsonBodyProblem(body);
  if (problem) throw problem;
}
