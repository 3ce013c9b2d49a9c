import { QueryFailedError } from 'typeorm';
import { databaseUnavailableProblem, isDatabaseUnavailable } from './database-unavailable';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a connect timeout', new Error('timeout exceeded when trying to connect')],
    ['a client-side read timeout', new Error('Query read timeout')],
    ['a connection that ended', new Error('Connection terminated unexpectedly')],
    ['a server shutting down', pgError('57P01')],
    ['a statement timeout', pgError('57014')],
    ['a connection failure', pgError('08006')],
    ['too many connections', pgError('53300')],
    ['a wrapped pg error', new QueryFailedError('SELECT 1', [], pgError('57P01', 'terminating connection due to administrator command'))],
  ])('says yes to %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', pgError('23505')],
    ['a deadlock', pgError('40P01')],
    ['a bad cast', pgError('22P02')],
    ['a bug', new TypeError('cannot read properties of undefined')],
    ['a string', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('says no to %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('databaseUnavailableProblem', () => {
  it('is a 503 with a stable code and a French message', () => {
    expect(databaseUnavailableProblem(pgError('57P03'))).toMatchObject({ status: 503, code: 'PLATFORM.DATABASE_UNAVAILABLE', detail: expect.stringMatching(/réessayez/) });
  });

  it('is null for anything else', () => {
    expect(databaseUnavailableProblem(new Error('boom'))).toBeNull();
  });
});
