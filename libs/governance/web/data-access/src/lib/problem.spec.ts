import { commandFailureOf, loadErrorOf, problemOf } from './problem';

const httpFailure = (status: number, error: unknown) => ({ name: 'HttpErrorResponse', status, error });

describe('problemOf', () => {
  it('reads the code and French detail of a problem+json answer', () => {
    expect(problemOf(httpFailure(422, { code: 'GOVERNANCE.DUPLICATE_RULE', detail: 'Deux règles pour « grade ».' }))).toEqual({
      status: 422,
      code: 'GOVERNANCE.DUPLICATE_RULE',
      detail: 'Deux règles pour « grade ».',
    });
  });

  it('copes with a body that is not a problem (a Blob from a download), or no HTTP answer at all', () => {
    expect(problemOf(httpFailure(500, { size: 12 }))).toEqual({ status: 500, code: null, detail: null });
    expect(problemOf(new Error('offline'))).toEqual({ status: 0, code: null, detail: null });
  });
});

describe('loadErrorOf', () => {
  it('tells a missing agent from a route the API does not offer yet', () => {
    expect(loadErrorOf(httpFailure(404, { code: 'DIRECTORY.AGENT_NOT_FOUND' }))).toBe('not-found');
    expect(loadErrorOf(httpFailure(404, { code: 'REQUEST.NOT_FOUND' }))).toBe('unavailable');
    expect(loadErrorOf(httpFailure(404, null))).toBe('unavailable');
  });

  it('treats a malformed id as not found, and tells a refusal from a failure', () => {
    expect(loadErrorOf(httpFailure(400, { code: 'REQUEST.INVALID' }))).toBe('not-found');
    expect(loadErrorOf(httpFailure(403, {}))).toBe('forbidden');
    expect(loadErrorOf(httpFailure(502, '<html>'))).toBe('failed');
    expect(loadErrorOf(new Error('offline'))).toBe('failed');
  });
});

describe('commandFailureOf', () => {
  it("keeps the domain's French detail and drops the validation detail of a 400", () => {
    expect(commandFailureOf(httpFailure(422, { detail: 'Une décision de visibilité fixe au moins une règle.' }))).toEqual({
      kind: 'refused',
      detail: 'Une décision de visibilité fixe au moins une règle.',
    });
    expect(commandFailureOf(httpFailure(400, { detail: 'rules must be an array' }))).toEqual({ kind: 'refused', detail: null });
  });

  it('tells a refusal of rights and a failure apart', () => {
    expect(commandFailureOf(httpFailure(403, {}))).toEqual({ kind: 'forbidden' });
    expect(commandFailureOf(httpFailure(500, {}))).toEqual({ kind: 'failed' });
  });
});
