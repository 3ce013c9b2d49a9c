import { explainMember } from './explain-member';
import { labels, person } from './team-builder.test-kit';

const lea = person('lea', 'urba', 'urba-sig', { sig: 'maitrise', projet: 'pratique' }, 0.2);
const omar = person('omar', 'env', 'env-eau', { sig: 'expertise' });
const paul = person('paul', 'env', 'env-eau', {});
const yann = person('yann', 'env', 'env-eau', {});

describe('explainMember', () => {
  it('says which skills a person brings, what their direction adds, and their time already committed', () => {
    const text = explainMember(
      {
        member: lea,
        fixed: false,
        covers: [
          { skillId: 'sig', level: 'maitrise' },
          { skillId: 'projet', level: 'pratique' },
        ],
        team: [lea, omar],
        requiredDirectionIds: [],
      },
      labels,
    );

    expect(text).toBe(
      'Apporte SIG (niveau déclaré : maîtrise) et conduite de projet (niveau déclaré : pratique) ; ' +
        'Direction de l’Urbanisme, ce qui ajoute une direction au projet ; temps déjà engagé sur d’autres projets : 20\u202f%.',
    );
  });

  it('says a fixed member is in the team from the request on', () => {
    const text = explainMember({ member: paul, fixed: true, covers: [], team: [paul, lea], requiredDirectionIds: [] }, labels);

    expect(text).toBe(
      'Fait partie de l’équipe dès la demande ; Direction de l’Environnement, ce qui ajoute une direction au projet ; ' +
        'aucun temps déjà engagé sur d’autres projets.',
    );
  });

  it('says a person works in the same unit as other members', () => {
    const text = explainMember({ member: omar, fixed: false, covers: [{ skillId: 'sig', level: 'expertise' }], team: [omar, paul, yann], requiredDirectionIds: [] }, labels);

    expect(text).toContain('Direction de l’Environnement, dans la même unité que 2 autres membres');
  });

  it('says a person’s direction is one the project expects', () => {
    const text = explainMember({ member: omar, fixed: false, covers: [{ skillId: 'sig', level: 'expertise' }], team: [omar, lea], requiredDirectionIds: ['env'] }, labels);

    expect(text).toContain('Direction de l’Environnement, direction attendue sur le projet');
  });
});
