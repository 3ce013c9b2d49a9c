import { QueryFailedError } from 'typeorm';
import { errorForLog } from './error-for-log';

describe('errorForLog', () => {
  it('keeps message, code and frames of a failed query, but neither its parameters nor the row pg quotes', () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint "agents_email_key"'), {
      code: '23505',
      detail: 'Key (email)=(claire.martin@mairie.fr) already exists.',
      table: 'directory_agents',
      constraint: 'agents_email_key',
    });
    const error = new QueryFailedError('INSERT INTO directory_agents VALUES ($1, $2)', ['4f0c-viewer-id', 'claire.martin@mairie.fr'], driverError);
    const logged = JSON.stringify(errorForLog(error));
    expect(errorForLog(error)).toMatchObject({ type: 'QueryFailedError', code: '23505', table: 'directory_agents', constraint: 'agents_email_key' });
    expect(logged).toContain('duplicate key value violates unique constraint');
    expect(logged).not.toContain('claire.martin');
    expect(logged).not.toContain('4f0c-viewer-id');
    expect(logged).not.toContain('INSERT INTO');
  });

  it('blanks the value a data exception quotes', () => {
    const error = Object.assign(new Error('invalid input syntax for type uuid: "claire.martin"'), { code: '22P02' });
    expect(errorForLog(error).message).toBe('invalid input syntax for type uuid: "…"');
  });

  it('describes what is not an Error', () => {
    expect(errorForLog('plain text')).toEqual({ type: 'string', message: 'plain text' });
  });
});
