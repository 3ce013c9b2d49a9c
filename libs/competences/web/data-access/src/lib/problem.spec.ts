import { commandFailureOf, loadErrorOf, problemOf, referentialFailureOf, STALE_SKILL_MESSAGE } from './problem';

const httpFailure = (status: number, error: unknown) => ({ name: 'HttpErrorResponse', status, error });

describe('problemOf', () => {
  it('reads the code and French detail of a problem+json answer', () => {
    expect(problemOf(httpFailure(409, { code: 'COMPETENCES.ALREADY_DECLARED', detail: 'Vous avez déjà déclaré cette compétence.' }))).toEqual({
      status: 409,
      code: 'COMPETENCES.ALREADY_DECLARED',
      detail: 'Vous avez déjà déclaré cette compétence.',
    });
  });

  it('copes with a body that is not a problem, or no HTTP answer at all', () => {
    expect(problemOf(httpFailure(502, '<html>'))).toEqual({ status: 502, code: null, detail: null });
    expect(problemOf(new Error('offline'))).toEqual({ status: 0, code: null, detail: null });
  });
});

describe('loadErrorOf', () => {
  it('tells a missing proposal from a route the API does not offer yet', () => {
    expect(loadErrorOf(httpFailure(404, { code: 'COMPETENCES.PROPOSAL_NOT_FOUND' }))).toBe('not-found');
    expect(loadErrorOf(httpFailure(404, { code: 'REQUEST.NOT_FOUND' }))).toBe('unavailable');
    expect(loadErrorOf(httpFailure(404, null))).toBe('unavailable');
  });

  it('tells an account without a fiche agent from a refusal and a failure', () => {
    expect(loadErrorOf(httpFailure(403, { code: 'COMPETENCES.NO_AGENT' }))).toBe('no-agent');
    expect(loadErrorOf(httpFailure(403, {}))).toBe('forbidden');
    expect(loadErrorOf(httpFailure(400, {}))).toBe('not-found');
    expect(loadErrorOf(new Error('offline'))).toBe('failed');
  });
});

describe('commandFailureOf', () => {
  it("keeps the domain's French detail and drops the validation detail of a 400", () => {
    expect(commandFailureOf(httpFailure(422, { code: 'COMPETENCES.TEAM_REQUEST_INVALID', detail: 'Indiquez au moins une compétence recherchée.' }))).toEqual({
      kind: 'refused',
      detail: 'Indiquez au moins une compétence recherchée.',
    });
    expect(commandFailureOf(httpFailure(400, { detail: 'maxSize must be an integer' }))).toEqual({ kind: 'refused', detail: null });
  });

  it('shows why a withdrawn skill cannot be changed, but not a missing route', () => {
    expect(commandFailureOf(httpFailure(404, { code: 'COMPETENCES.NOT_DECLARED', detail: 'Vous n’avez pas déclaré cette compétence.' })).kind).toBe('refused');
    expect(commandFailureOf(httpFailure(404, {}))).toEqual({ kind: 'failed' });
  });

  it('tells a refusal of rights and a failure apart', () => {
    expect(commandFailureOf(httpFailure(403, { detail: 'Ce compte n’est rattaché à aucun agent.' }))).toEqual({ kind: 'forbidden', detail: 'Ce compte n’est rattaché à aucun agent.' });
    expect(commandFailureOf(httpFailure(500, {}))).toEqual({ kind: 'failed' });
  });
});

describe('referentialFailureOf', () => {
  it('says a stale If-Match in plain words, and keeps the domain detail of other refusals', () => {
    expect(referentialFailureOf(httpFailure(409, { code: 'EVENT_STORE.WRONG_EXPECTED_VERSION', detail: 'version attendue 0, version actuelle 1' }))).toEqual({
      kind: 'refused',
      detail: STALE_SKILL_MESSAGE,
    });
    expect(referentialFailureOf(httpFailure(409, { code: 'COMPETENCES.SKILL_EXISTS', detail: 'Cette compétence existe déjà.' }))).toEqual({
      kind: 'refused',
      detail: 'Cette compétence existe déjà.',
    });
  });
});
