import { NNBSP } from '@maillage/shared/web-util';
import { newestFirstCount } from './count-labels';

describe('newestFirstCount', () => {
  it('says the order only when there are several, with French thousands', () => {
    expect(newestFirstCount(1, 'décision enregistrée', 'décisions enregistrées')).toBe('1 décision enregistrée.');
    expect(newestFirstCount(3, 'décision enregistrée', 'décisions enregistrées')).toBe("3 décisions enregistrées, les plus récentes d'abord.");
    expect(newestFirstCount(1250, 'modification enregistrée', 'modifications enregistrées')).toBe(`1${NNBSP}250 modifications enregistrées, les plus récentes d'abord.`);
  });
});
