import { commandFailureOf, problemOf } from './problem';

const httpFailure = (status: number, error: unknown) => ({ name: 'HttpErrorResponse', status, error });

describe('problemOf', () => {
  it('reads the code and French detail of a problem+json answer', () => {
    const failure = httpFailure(422, { code: 'DIRECTORY.REPORTING_CYCLE', detail: 'Ce rattachement créerait une boucle.' });
    expect(problemOf(failure)).toEqual({ status: 422, code: 'DIRECTORY.REPORTING_CYCLE', detail: 'Ce rattachement créerait une boucle.' });
  });

  it('copes with a body that is not a problem, or no HTTP answer at all', () => {
    expect(problemOf(httpFailure(502, '<html>'))).toEqual({ status: 502, code: null, detail: null });
    expect(problemOf(new Error('offline'))).toEqual({ status: 0, code: null, detail: null });
  });
});

describe('commandFailureOf', () => {
  it('tells a stale version from a rule that refuses in the current state', () => {
    const stale = commandFailureOf(httpFailure(409, { code: 'EVENT_STORE.WRONG_EXPECTED_VERSION', detail: 'Modifiée entre-temps.' }));
    expect(stale).toEqual({ kind: 'conflict', stale: true, detail: 'Modifiée entre-temps.' });
  });

  it("keeps the server's detail for a conflict and a refused rule", () => {
    expect(commandFailureOf(httpFailure(409, { code: 'DIRECTORY.AGENT_DEPARTED', detail: 'Cet agent a quitté la collectivité.' }))).toEqual({
      kind: 'conflict',
      stale: false,
      detail: 'Cet agent a quitté la collectivité.',
    });
    expect(commandFailureOf(httpFailure(422, { detail: "Un agent contractuel n'a pas de grade." }))).toEqual({
      kind: 'refused',
      detail: "Un agent contractuel n'a pas de grade.",
    });
  });

  it('drops the English validation detail of a 400', () => {
    expect(commandFailureOf(httpFailure(400, { detail: 'managerId must be a UUID' }))).toEqual({ kind: 'refused', detail: null });
  });

  it('tells a refusal of rights and a failure apart', () => {
    expect(commandFailureOf(httpFailure(403, {}))).toEqual({ kind: 'forbidden' });
    expect(commandFailureOf(httpFailure(500, {}))).toEqual({ kind: 'failed' });
  });
});
