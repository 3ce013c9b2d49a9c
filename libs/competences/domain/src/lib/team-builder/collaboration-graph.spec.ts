import { composeGraphs, orgProximity, pastProjectsGraph } from './collaboration-graph';
import { person } from './team-builder.test-kit';

const someone = (agentId: string, directionId: string, unitId: string) => person(agentId, directionId, unitId, {});
const unitTree = new Map<string, string | null>([
  ['urba', null],
  ['urba-plan', 'urba'],
  ['urba-plan-t1', 'urba-plan'],
  ['urba-plan-t2', 'urba-plan'],
  ['urba-sig', 'urba'],
]);

describe('orgProximity', () => {
  const graph = orgProximity();

  it('puts people of one unit at 1, of one direction at 2, of two directions at 3', () => {
    const a = someone('a', 'urba', 'urba-sig');

    expect(graph.distance(a, someone('b', 'urba', 'urba-sig'))).toBe(1);
    expect(graph.distance(a, someone('c', 'urba', 'urba-plan'))).toBe(2);
    expect(graph.distance(a, someone('d', 'env', 'env-eau'))).toBe(3);
    expect(graph.distance(a, a)).toBe(0);
  });

  it('given the unit tree, puts two teams of one service, or a service and its team, at 1.5', () => {
    const tree = orgProximity(unitTree);
    const team1 = someone('a', 'urba', 'urba-plan-t1');

    expect(tree.distance(team1, someone('b', 'urba', 'urba-plan-t2'))).toBe(1.5);
    expect(tree.distance(team1, someone('c', 'urba', 'urba-plan'))).toBe(1.5);
    expect(tree.distance(team1, someone('d', 'urba', 'urba-sig'))).toBe(2);
  });
});

describe('past projects together', () => {
  const graph = composeGraphs(
    orgProximity(),
    pastProjectsGraph([
      { agentIds: ['a', 'b'], projects: 1 },
      { agentIds: ['c', 'a'], projects: 2 },
    ]),
  );
  const a = someone('a', 'urba', 'urba-sig');

  it('brings two people of different directions as close as unit colleagues after one project', () => {
    expect(graph.distance(a, someone('b', 'env', 'env-eau'))).toBe(1);
  });

  it('brings them closer still after two projects, whichever way the pair is given', () => {
    expect(graph.distance(someone('c', 'fin', 'fin-budget'), a)).toBe(0.5);
  });

  it('leaves org proximity to decide for people who never worked together', () => {
    expect(graph.distance(a, someone('d', 'env', 'env-eau'))).toBe(3);
  });
});
