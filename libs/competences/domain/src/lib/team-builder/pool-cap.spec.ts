import { findEligible } from './candidate-pool';
import { normalizeTeamRequest } from './normalized-request';
import { POOL_CAP, capPool } from './pool-cap';
import { TeamRequest } from './team-request';
import { person } from './team-builder.test-kit';

/** 600 people holding the common skill over 30 directions of 4 units, plus a few special cases. */
const crowd = Array.from({ length: 600 }, (_, i) => person(`p${String(i).padStart(3, '0')}`, `d${i % 30}`, `d${i % 30}-u${i % 4}`, { common: 'pratique' }));
const rare = person('rare', 'd-lonely', 'd-lonely-u', { rare: 'notions' });
const lead = person('lead', 'd7', 'd7-u3', {});
const request: TeamRequest = {
  requirements: [
    { skillId: 'common', minLevel: 'notions', count: 2 },
    { skillId: 'rare', minLevel: 'notions', count: 1 },
  ],
  maxSize: 5,
  requiredDirectionIds: ['d29'],
  fixedMemberIds: ['lead'],
};

describe('capPool', () => {
  const normalized = normalizeTeamRequest(request);
  const pool = capPool(normalized, findEligible(normalized, [...crowd, rare, lead]));
  const ids = pool.map((c) => c.agentId);

  it('keeps the pool small on a large town hall', () => {
    expect(pool.length).toBeGreaterThan(POOL_CAP.perRequirement);
    expect(pool.length).toBeLessThan(100);
  });

  it('keeps the only holder of a rare skill', () => {
    expect(ids).toContain('rare');
  });

  it('keeps holders from a required direction', () => {
    expect(pool.filter((c) => c.directionId === 'd29').length).toBeGreaterThanOrEqual(POOL_CAP.perDirection);
  });

  it('keeps holders from the fixed lead’s unit', () => {
    expect(pool.some((c) => c.unitId === 'd7-u3')).toBe(true);
  });
});
