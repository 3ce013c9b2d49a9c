import { mySkillsStatus } from './my-skills-status';

describe('mySkillsStatus', () => {
  it('counts the skills declared, or says there are none yet', () => {
    expect(mySkillsStatus({ loading: false, error: null, count: 0 })).toBe('Vous n’avez encore déclaré aucune compétence.');
    expect(mySkillsStatus({ loading: false, error: null, count: 1 })).toBe('1 compétence déclarée.');
    expect(mySkillsStatus({ loading: true, error: null, count: 4 })).toBe('4 compétences déclarées.');
  });

  it('tells loading, an account without a fiche and a failure apart', () => {
    expect(mySkillsStatus({ loading: true, error: null, count: null })).toBe('Chargement de vos compétences…');
    expect(mySkillsStatus({ loading: false, error: 'no-agent', count: null })).toContain('aucune fiche agent');
    expect(mySkillsStatus({ loading: false, error: 'failed', count: null })).toContain('n’ont pas pu être chargées');
  });
});
