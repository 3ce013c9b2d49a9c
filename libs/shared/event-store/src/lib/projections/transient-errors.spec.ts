import { describeError, isTransient } from './transient-errors';

const pgError = (code: string, message = 'failed') => Object.assign(new Error(message), { code, detail: 'Failing row contains (secret).' });

describe('telling a passing failure from an event the projection cannot apply', () => {
  it.each([
    ['08006', 'connection failure'],
    ['40001', 'serialization failure'],
    ['40P01', 'deadlock'],
    ['53100', 'disk full'],
    ['57014', 'statement timeout'],
    ['57P01', 'server shutting down'],
    ['58030', 'I/O error'],
    ['55P03', 'lock timeout'],
  ])('retries SQLSTATE %s (%s)', (code) => {
    expect(isTransient(pgError(code))).toBe(true);
  });

  it.each([
    ['23502', 'not-null violation'],
    ['23514', 'check violation'],
    ['22P02', 'invalid text representation'],
    ['42P01', 'undefined table'],
  ])('parks on SQLSTATE %s (%s)', (code) => {
    expect(isTransient(pgError(code))).toBe(false);
  });

  it('retries socket errors and connections the driver reports as ended', () => {
    expect(isTransient(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isTransient(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))).toBe(true);
    expect(isTransient(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('parks what the projection code throws on an unexpected shape', () => {
    expect(isTransient(new TypeError("Cannot read properties of undefined (reading 'join')"))).toBe(false);
    expect(isTransient('a string')).toBe(false);
  });

  it('keeps the code and message of an error, never the row pg quotes in its detail', () => {
    expect(describeError(pgError('23502', 'null value in column "scope"'))).toBe('[23502] null value in column "scope"');
    expect(describeError(pgError('23502'))).not.toContain('secret');
  });
});
