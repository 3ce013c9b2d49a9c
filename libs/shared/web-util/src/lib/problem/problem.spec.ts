import { commandOutcomeOf, loadErrorOf, problemOf } from './problem';

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

describe('loadErrorOf', () => {
  it('takes every 404 and a malformed id (400) for "not found" when the context names no code', () => {
    expect(loadErrorOf(httpFailure(404, null))).toBe('not-found');
    expect(loadErrorOf(httpFailure(400, {}))).toBe('not-found');
    expect(loadErrorOf(httpFailure(403, {}))).toBe('forbidden');
    expect(loadErrorOf(new Error('offline'))).toBe('failed');
  });

  it("tells a missing thing from a route the API does not offer yet, by the context's codes", () => {
    const rules = { notFoundCodes: ['COMPETENCES.', 'DIRECTORY.AGENT_NOT_FOUND'] };
    expect(loadErrorOf(httpFailure(404, { code: 'COMPETENCES.PROPOSAL_NOT_FOUND' }), rules)).toBe('not-found');
    expect(loadErrorOf(httpFailure(404, { code: 'DIRECTORY.AGENT_NOT_FOUND' }), rules)).toBe('not-found');
    expect(loadErrorOf(httpFailure(404, { code: 'DIRECTORY.UNIT_NOT_FOUND' }), rules)).toBe('unavailable');
    expect(loadErrorOf(httpFailure(404, { code: 'REQUEST.NOT_FOUND' }), rules)).toBe('unavailable');
    expect(loadErrorOf(httpFailure(404, null), rules)).toBe('unavailable');
  });

  it('tells an account without a fiche agent from a refusal', () => {
    const rules = { noAgentCode: 'COMPETENCES.NO_AGENT' };
    expect(loadErrorOf(httpFailure(403, { code: 'COMPETENCES.NO_AGENT' }), rules)).toBe('no-agent');
    expect(loadErrorOf(httpFailure(403, { code: 'COMPETENCES.NO_AGENT' }))).toBe('forbidden');
    expect(loadErrorOf(httpFailure(403, {}), rules)).toBe('forbidden');
  });
});

describe('commandOutcomeOf', () => {
  it('tells a stale version from a rule that refuses in the current state', () => {
    expect(commandOutcomeOf(httpFailure(409, { code: 'EVENT_STORE.WRONG_EXPECTED_VERSION', detail: 'version attendue 3' }))).toEqual({
      kind: 'conflict',
      stale: true,
      detail: 'version attendue 3',
    });
    expect(commandOutcomeOf(httpFailure(412, {}))).toEqual({ kind: 'conflict', stale: true, detail: null });
    expect(commandOutcomeOf(httpFailure(409, { code: 'DIRECTORY.AGENT_DEPARTED', detail: 'Cet agent a quitté la collectivité.' }))).toEqual({
      kind: 'conflict',
      stale: false,
      detail: 'Cet agent a quitté la collectivité.',
    });
  });

  it("keeps the domain's French detail and drops the English validation detail of a 400", () => {
    expect(commandOutcomeOf(httpFailure(422, { detail: "Un agent contractuel n'a pas de grade." }))).toEqual({
      kind: 'refused',
      detail: "Un agent contractuel n'a pas de grade.",
    });
    expect(commandOutcomeOf(httpFailure(400, { detail: 'managerId must be a UUID' }))).toEqual({ kind: 'refused', detail: null });
  });

  it("shows why a thing gone meanwhile cannot be changed, for the context's codes only, never a missing route", () => {
    const rules = { refusedNotFoundCodes: ['COMPETENCES.'] };
    const notDeclared = httpFailure(404, { code: 'COMPETENCES.NOT_DECLARED', detail: 'Vous n’avez pas déclaré cette compétence.' });
    expect(commandOutcomeOf(notDeclared, rules)).toEqual({ kind: 'refused', detail: 'Vous n’avez pas déclaré cette compétence.' });
    expect(commandOutcomeOf(notDeclared)).toEqual({ kind: 'failed' });
    expect(commandOutcomeOf(httpFailure(404, {}), rules)).toEqual({ kind: 'failed' });
  });

  it('tells a refusal of rights and a failure apart', () => {
    expect(commandOutcomeOf(httpFailure(403, { detail: 'Ce compte n’est rattaché à aucun agent.' }))).toEqual({
      kind: 'forbidden',
      detail: 'Ce compte n’est rattaché à aucun agent.',
    });
    expect(commandOutcomeOf(httpFailure(500, {}))).toEqual({ kind: 'failed' });
    expect(commandOutcomeOf(new Error('offline'))).toEqual({ kind: 'failed' });
  });
});
