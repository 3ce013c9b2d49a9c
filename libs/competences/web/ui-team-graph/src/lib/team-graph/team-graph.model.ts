/** A person in the graph. `group` is what clusters them (a direction), shown as a letter and a colour. */
export interface TeamGraphNode {
  readonly id: string;
  readonly label: string;
  readonly group: string;
  /** Drawn with a double ring (the project lead). */
  readonly emphasis?: boolean;
}

/** `close`: two people who already work near each other (one group); `distant`: across groups. */
export interface TeamGraphLink {
  readonly source: string;
  readonly target: string;
  readonly kind: 'close' | 'distant';
}

export interface PlacedNode extends TeamGraphNode {
  readonly x: number;
  readonly y: number;
  /** A, B, C… by order of first appearance of the group. */
  readonly letter: string;
  readonly colour: string;
  /** Where the name goes: under the node, or above it for the upper half of the circle. */
  readonly labelY: number;
}

export interface PlacedLink extends TeamGraphLink {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface GroupLegend {
  readonly group: string;
  readonly letter: string;
  readonly colour: string;
  readonly count: number;
}

export interface TeamGraphLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly PlacedNode[];
  readonly links: readonly PlacedLink[];
  readonly legend: readonly GroupLegend[];
}
