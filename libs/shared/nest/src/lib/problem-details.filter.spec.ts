import { ArgumentsHost, BadRequestException } from '@nestjs/common';
import { ProblemDetailsFilter } from './problem-details.filter';

/** Runs the filter on an error and returns what the client received. */
function answer(exception: unknown): { status: number; type: string; body: Record<string, unknown> } {
  const sent: { status: number; type: string; body: Record<string, unknown> } = { status: 0, type: '', body: {} };
  const response = {
    headersSent: false,
    status(status: number) {
      sent.status = status;
      return this;
    },
    type(type: string) {
      sent.type = type;
      return this;
    },
    setHeader() {
      return this;
    },
    send(text: string) {
      sent.body = JSON.parse(text);
    },
  };
  const host = { switchToHttp: () => ({ getRequest: () => ({ originalUrl: '/api/agents?q=x', id: 'req-1' }), getResponse: () => response }) } as unknown as ArgumentsHost;
  new ProblemDetailsFilter().catch(exception, host);
  return sent;
}

/** What body-parser passes on: an http-errors error with a type. */
const bodyParserError = (type: string, status: number, message = 'internal detail') => Object.assign(new Error(message), { type, status, statusCode: status, expose: true });

describe('client errors raised before any route are never a 500', () => {
  it.each([
    ['charset.unsupported', 415, 'REQUEST.UNSUPPORTED_CHARSET'],
    ['encoding.unsupported', 415, 'REQUEST.UNSUPPORTED_ENCODING'],
    ['entity.too.large', 413, 'REQUEST.TOO_LARGE'],
    ['entity.parse.failed', 400, 'REQUEST.INVALID_JSON'],
    ['request.aborted', 400, 'REQUEST.INCOMPLETE'],
  ])('%s → %i %s, problem+json without the parser’s message', (type, status, code) => {
    const sent = answer(bodyParserError(type, status));
    expect(sent).toMatchObject({ status, type: 'application/problem+json', body: { status, code, instance: '/api/agents', requestId: 'req-1' } });
    expect(JSON.stringify(sent.body)).not.toContain('internal detail');
  });

  it('answers our own JSON checks (refused in body-parser’s verify hook, which says 403) as 400 with their French message', () => {
    const sent = answer(bodyParserError('entity.too.deep', 403, 'Le contenu JSON est imbriqué sur plus de 32 niveaux.'));
    expect(sent).toMatchObject({ status: 400, body: { code: 'REQUEST.TOO_DEEP', detail: 'Le contenu JSON est imbriqué sur plus de 32 niveaux.' } });
  });

  it('maps any other exposed 4xx http-error by its status', () => {
    expect(answer(Object.assign(new Error('x'), { status: 405, expose: true })).body).toMatchObject({ status: 405, code: 'REQUEST.METHOD_NOT_ALLOWED' });
  });

  it('keeps the code given by a Nest exception', () => {
    expect(answer(new BadRequestException({ code: 'REQUEST.INVALID_ID', message: 'Identifiant invalide.' })).body).toMatchObject({ status: 400, code: 'REQUEST.INVALID_ID', detail: 'Identifiant invalide.' });
  });

  it('still answers an unexpected error as a bare 500', () => {
    const sent = answer(new TypeError('username.trim is not a function'));
    expect(sent).toMatchObject({ status: 500, body: { code: 'INTERNAL' } });
    expect(JSON.stringify(sent.body)).not.toContain('trim');
  });
});
