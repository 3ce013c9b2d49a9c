import { ProposedTeamMember, TeamProposalSet } from '@maillage/competences/contracts';
import { GovernedField, Redactor } from '@maillage/governance/contracts';
import { peopleAsShown } from './people-as-shown';
import { teamsAsShown } from './teams-as-shown';

const viewer = { accountId: 'acc', agentId: 'v', roles: ['agent'], requestId: 'r' };

/** A redaction point that withholds the given fields of the given agents, and counts its calls. */
function redactorHiding(hidden: Record<string, readonly GovernedField[]>): Redactor & { calls: number; subjects: string[][] } {
  const fake = {
    calls: 0,
    subjects: [] as string[][],
    redact: () => Promise.reject(new Error('one call per answer: redactMany only')),
    searchableFields: () => Promise.resolve(new Set<GovernedField>()),
    redactMany: (_viewer: unknown, subjects: readonly { agentId: string; fields: Record<string, unknown> }[]) => {
      fake.calls += 1;
      fake.subjects.push(subjects.map((s) => s.agentId));
      return Promise.resolve(
        subjects.map(({ agentId, fields }) => ({
          shown: Object.fromEntries(Object.entries(fields).filter(([f]) => !(hidden[agentId] ?? []).includes(f as GovernedField))),
          hidden: [],
        })),
      );
    },
  };
  return fake as unknown as Redactor & { calls: number; subjects: string[][] };
}

const member = (agentId: string, directionName: string): ProposedTeamMember => ({
  agentId,
  displayName: `Agent ${agentId}`,
  postTitle: 'Géomaticienne',
  directionName,
  covers: [{ skillId: 'sig', label: 'SIG', level: 'pratique' }],
  committedShare: 0,
  fixed: false,
  explanation: `Apporte SIG (niveau déclaré : pratique) ; ${directionName}, ce qui ajoute une direction au projet ; aucun temps déjà engagé sur d’autres projets.`,
});

const directionOf = (name: string | null) => ({ id: name === 'Direction attendue' ? 'd-req' : `id-${name}`, name });
const set = (members: ProposedTeamMember[][]): TeamProposalSet => ({
  id: 'p1',
  title: 'Projet',
  createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: 'lead',
  request: { requirements: [{ skillId: 'sig', minLevel: 'notions', count: 1 }], maxSize: 3, requiredDirectionIds: ['d-req'], fixedMemberIds: [], excludedIds: [] },
  proposals: members.map((team) => ({
    members: team,
    uncovered: [],
    directions: [...new Map([...team.map((m) => directionOf(m.directionName)), directionOf('Direction attendue')].map((d) => [d.id, d])).values()],
    communicationCost: 1,
    summary: '',
  })),
});

describe('people of a competences answer as the reader may see them', () => {
  it('turns a withheld name into « Nom non communiqué » and a withheld post or unit into null, in one call', async () => {
    const redactor = redactorHiding({ a: ['name', 'postTitle'], b: ['unit'] });
    const rows = [
      { agentId: 'a', displayName: 'Ana Dupont', postTitle: 'Géomaticienne', unitName: 'SIG', directionName: 'DSI', band: 1 },
      { agentId: 'b', displayName: 'Bruno Roy', postTitle: 'Chef de projet', unitName: 'Voirie', directionName: 'DGST', band: 2 },
    ];
    const shown = await peopleAsShown(redactor, viewer, rows, 'competences');
    expect(redactor.calls).toBe(1);
    expect(shown.map((p) => p.row)).toEqual([
      { agentId: 'a', displayName: 'Nom non communiqué', postTitle: null, unitName: 'SIG', directionName: 'DSI', band: 1 },
      { agentId: 'b', displayName: 'Bruno Roy', postTitle: 'Chef de projet', unitName: null, directionName: null, band: 2 },
    ]);
    expect([...shown[0].hidden]).toEqual(['name', 'postTitle']);
  });

  it('asks nothing for an empty answer', async () => {
    const redactor = redactorHiding({});
    expect(await peopleAsShown(redactor, viewer, [], 'competences')).toEqual([]);
    expect(redactor.calls).toBe(0);
  });
});

describe('a team proposal set as the reader may see it', () => {
  it('reads each person once, drops a withheld direction from the card, the explanation and the team’s directions', async () => {
    const redactor = redactorHiding({ a: ['unit'] });
    const result = await teamsAsShown(redactor, viewer, set([[member('a', 'DSI'), member('b', 'DGST')], [member('a', 'DSI')]]), 'staffing');
    expect(redactor.subjects).toEqual([['a', 'b']]);
    const [first, second] = result.proposals;
    expect(first.members[0]).toMatchObject({ directionName: null, postTitle: 'Géomaticienne', explanation: 'Apporte SIG (niveau déclaré : pratique) ; aucun temps déjà engagé sur d’autres projets.' });
    // The other member's place is no longer compared with anyone's (it would place the first).
    expect(first.members[1]).toEqual({ ...member('b', 'DGST'), explanation: 'Apporte SIG (niveau déclaré : pratique) ; DGST ; aucun temps déjà engagé sur d’autres projets.' });
    // The required direction is the request's, not a fact about a person: it stays.
    expect(first.directions.map((d) => d.name)).toEqual(['DGST', 'Direction attendue']);
    expect(second.directions.map((d) => d.name)).toEqual(['Direction attendue']);
  });

  it('keeps saying a member’s direction is the one the request expects', async () => {
    const expected = { ...member('b', 'Direction attendue'), agentId: 'b' };
    const result = await teamsAsShown(redactorHiding({ a: ['unit'] }), viewer, set([[member('a', 'DSI'), expected]]), 'staffing');
    expect(result.proposals[0].members[1].explanation).toBe('Apporte SIG (niveau déclaré : pratique) ; Direction attendue, direction attendue sur le projet ; aucun temps déjà engagé sur d’autres projets.');
  });

  it('leaves a set the reader may see whole as it was', async () => {
    const original = set([[member('a', 'DSI')]]);
    expect(await teamsAsShown(redactorHiding({}), viewer, original, 'staffing')).toEqual(original);
  });
});
