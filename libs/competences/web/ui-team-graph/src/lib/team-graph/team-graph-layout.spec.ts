import { GRAPH_HEIGHT, GRAPH_WIDTH, teamGraphLayout } from './team-graph-layout';

const node = (id: string, group: string) => ({ id, label: id, group });

describe('teamGraphLayout', () => {
  it('puts the members of a group side by side, the first one at the top', () => {
    const layout = teamGraphLayout([node('a', 'DLSI'), node('b', 'DRH'), node('c', 'DLSI'), node('d', 'Com')], []);
    expect(layout.nodes.map((n) => n.id)).toEqual(['a', 'c', 'b', 'd']);
    expect(layout.nodes[0].x).toBe(GRAPH_WIDTH / 2);
    expect(layout.nodes[0].y).toBeLessThan(GRAPH_HEIGHT / 2);
    expect(layout.nodes.map((n) => n.letter)).toEqual(['A', 'A', 'B', 'C']);
  });

  it('gives each group a letter, a colour and a head count for the legend', () => {
    const { legend } = teamGraphLayout([node('a', 'DLSI'), node('b', 'DRH'), node('c', 'DLSI')], []);
    expect(legend.map(({ group, letter, count }) => ({ group, letter, count }))).toEqual([
      { group: 'DLSI', letter: 'A', count: 2 },
      { group: 'DRH', letter: 'B', count: 1 },
    ]);
    expect(legend[0].colour).not.toBe(legend[1].colour);
  });

  it('draws only the links between people in the graph', () => {
    const layout = teamGraphLayout([node('a', 'X'), node('b', 'Y')], [
      { source: 'a', target: 'b', kind: 'distant' },
      { source: 'a', target: 'ghost', kind: 'close' },
      { source: 'a', target: 'a', kind: 'close' },
    ]);
    expect(layout.links).toHaveLength(1);
    expect(layout.links[0]).toMatchObject({ source: 'a', target: 'b', kind: 'distant' });
  });

  it('centres a team of one', () => {
    const [only] = teamGraphLayout([node('a', 'X')], []).nodes;
    expect([only.x, only.y]).toEqual([GRAPH_WIDTH / 2, GRAPH_HEIGHT / 2]);
  });
});
