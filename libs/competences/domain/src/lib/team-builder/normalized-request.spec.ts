import { proposeTeams } from './propose-teams';
import { everyone, sigConcertationJuridique } from './team-builder.test-kit';
import { TeamRequest } from './team-request';

const refusal = (request: TeamRequest): unknown => {
  try {
    proposeTeams(request, everyone);
  } catch (error) {
    return error;
  }
  return null;
};

describe('a team request', () => {
  it('refuses someone both fixed and excluded', () => {
    expect(refusal({ ...sigConcertationJuridique, fixedMemberIds: ['lea'], excludedIds: ['lea'] })).toMatchObject({ code: 'COMPETENCES.TEAM_REQUEST_INVALID' });
  });

  it('refuses more fixed members than places', () => {
    expect(refusal({ ...sigConcertationJuridique, maxSize: 1, fixedMemberIds: ['lea', 'omar'] })).toMatchObject({ code: 'COMPETENCES.TEAM_REQUEST_INVALID' });
  });

  it('refuses a fixed member nobody knows', () => {
    expect(refusal({ ...sigConcertationJuridique, fixedMemberIds: ['zoe'] })).toMatchObject({ code: 'COMPETENCES.TEAM_MEMBER_UNKNOWN' });
  });

  it('refuses a skill asked twice, a seat count of zero and a team beyond 25 people', () => {
    const [sig] = sigConcertationJuridique.requirements;

    expect(refusal({ ...sigConcertationJuridique, requirements: [sig, sig] })).toMatchObject({ code: 'COMPETENCES.TEAM_REQUEST_INVALID' });
    expect(refusal({ ...sigConcertationJuridique, requirements: [{ ...sig, count: 0 }] })).toMatchObject({ code: 'COMPETENCES.TEAM_REQUEST_INVALID' });
    expect(refusal({ ...sigConcertationJuridique, maxSize: 26 })).toMatchObject({ code: 'COMPETENCES.TEAM_REQUEST_INVALID' });
  });

  it('refuses a request without any skill', () => {
    expect(refusal({ ...sigConcertationJuridique, requirements: [] })).toMatchObject({ code: 'COMPETENCES.TEAM_REQUEST_INVALID' });
  });
});
