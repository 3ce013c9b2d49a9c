import { ArgumentsHost, Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ProblemDetailsFilter } from './problem-details.filter';

/** Runs the filter on one exception; returns what was sent and what was logged. */
function handle(exception: unknown) {
  const sent: { status?: number; body?: string; type?: string } = {};
  const response = {
    headersSent: false,
    status(code: number) {
      sent.status = code;
      return this;
    },
    type(type: string) {
      sent.type = type;
      return this;
    },
    setHeader() {
      return this;
    },
    send(body: string) {
      sent.body = body;
    },
  };
  const host = { switchToHttp: () => ({ getRequest: () => ({ originalUrl: '/api/agents', id: 'req-12345678' }), getResponse: () => response }) } as unknown as ArgumentsHost;
  const logged: unknown[][] = [];
  const spy = jest.spyOn(Logger.prototype, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
  try {
    new ProblemDetailsFilter().catch(exception, host);
  } finally {
    spy.mockRestore();
  }
  return { ...sent, problem: JSON.parse(sent.body ?? '{}'), logged: JSON.stringify(logged) };
}

const failedQuery = (code: string, message: string) =>
  new QueryFailedError('SELECT * FROM directory_agents WHERE id = $1 AND viewer = $2', ['subject-4f0c', 'viewer-9a1b'], Object.assign(new Error(message), { code, detail: 'Key (email)=(lou@mairie.fr)' }));

describe('database failures through the problem filter', () => {
  it('answers 503 PLATFORM.DATABASE_UNAVAILABLE when the database is away', () => {
    const { status, type, problem } = handle(failedQuery('57P01', 'terminating connection due to administrator command'));
    expect(status).toBe(503);
    expect(type).toBe('application/problem+json');
    expect(problem).toMatchObject({ code: 'PLATFORM.DATABASE_UNAVAILABLE', status: 503 });
    expect(problem.detail).toMatch(/réessayez/);
  });

  it('logs a failed query with its message and code, never its SQL, parameters or row', () => {
    const { status, logged } = handle(failedQuery('23505', 'duplicate key value violates unique constraint "agents_email_key"'));
    expect(status).toBe(500);
    expect(logged).toContain('duplicate key value violates unique constraint');
    expect(logged).toContain('23505');
    for (const secret of ['subject-4f0c', 'viewer-9a1b', 'lou@mairie.fr', 'SELECT * FROM']) expect(logged).not.toContain(secret);
  });
});
