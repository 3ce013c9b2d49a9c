import { Logger } from '@nestjs/common';
import { PinoNestLogger, createLogger } from './logging';

/** A pino destination that keeps each JSON line, so a test reads the log back. */
function capturedLog() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { lines, nest: new PinoNestLogger(logger) };
}

function failure(): Error {
  return new Error('la connexion à la base a été perdue');
}

describe('errors in the JSON log', () => {
  afterEach(() => Logger.overrideLogger(true));

  it('logs the message and stack of `logger.error({ err }, msg)` from a Nest Logger with a context', () => {
    const { lines, nest } = capturedLog();
    Logger.overrideLogger(nest);
    new Logger('Errors').error({ err: failure(), requestId: 'req-1' }, 'Unhandled error');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, context: 'Errors', requestId: 'req-1', msg: 'Unhandled error' });
    expect(lines[0]['err']).toMatchObject({ type: 'Error', message: 'la connexion à la base a été perdue' });
    expect((lines[0]['err'] as { stack: string }).stack).toMatch(/\n\s+at failure/);
  });

  it('logs an Error passed as the message itself', () => {
    const { lines, nest } = capturedLog();
    Logger.overrideLogger(nest);
    new Logger('Import').error(failure());
    expect(lines[0]).toMatchObject({ context: 'Import', msg: 'la connexion à la base a été perdue' });
    expect(lines[0]['err']).toMatchObject({ message: 'la connexion à la base a été perdue', stack: expect.stringMatching(/\n\s+at /) });
  });

  it("keeps the stack of Nest's own `Logger.error(message, stack, context)`", () => {
    const { lines, nest } = capturedLog();
    const error = failure();
    nest.error('Handler crashed', error.stack, 'ExceptionsHandler');
    expect(lines[0]).toMatchObject({ context: 'ExceptionsHandler', msg: 'Handler crashed' });
    expect(lines[0]['err']).toMatchObject({ message: 'Handler crashed', stack: error.stack });
  });

  it('puts the message in `msg` and the context in `context` for warnings with fields', () => {
    const { lines, nest } = capturedLog();
    Logger.overrideLogger(nest);
    new Logger('Login').warn({ event: 'LoginFailed', username: 'rh' }, 'Login failed');
    new Logger('Runner').log('Projection runner started');
    expect(lines[0]).toMatchObject({ level: 40, context: 'Login', msg: 'Login failed', event: 'LoginFailed' });
    expect(lines[1]).toMatchObject({ level: 30, context: 'Runner', msg: 'Projection runner started' });
  });

  it('still redacts secrets carried in the fields', () => {
    const { lines, nest } = capturedLog();
    nest.warn({ body: { password: 'secret-de-test' } }, 'Bad request', 'Http');
    expect(JSON.stringify(lines[0])).not.toContain('secret-de-test');
  });
});
