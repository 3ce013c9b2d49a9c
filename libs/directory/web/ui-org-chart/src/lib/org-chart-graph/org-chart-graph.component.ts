import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { Edge, GraphComponent, LayoutService, Node, NgxGraphStateChangeEvent, NgxGraphStates } from '@swimlane/ngx-graph';
import { Subject } from 'rxjs';
import { OrgChartLink, OrgChartNode } from '../org-chart.model';
import { nodeAccessibleName } from './node-accessible-name';
import { OrgChartLayout } from './org-chart-layout';
import { wrapText } from './wrap-text';

const NODE_WIDTH = 240;
const UNIT_HEIGHT = 92;
const AGENT_HEIGHT = 64;
/** Characters per line at 14px in a 240px box, the unit's +/− marker kept clear. */
const UNIT_CHARS_PER_LINE = 25;
const AGENT_CHARS_PER_LINE = 28;
const ZOOM_STEP = 1.25;

/** What the node template draws, computed once per input change (not at every frame). */
interface DrawnNode extends Node {
  readonly data: {
    readonly node: OrgChartNode;
    readonly lines: readonly string[];
    readonly name: string;
  };
}

/**
 * The org chart drawn by ngx-graph (the only place that knows ngx-graph). Every box is
 * focusable: Enter or Space unfolds a unit or opens an agent; the view follows the
 * keyboard focus. Pan with the mouse, zoom with the wheel or the buttons.
 */
@Component({
  selector: 'mlg-org-chart-graph',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [GraphComponent],
  // GraphComponent is standalone but does not provide its layout registry (GraphModule did).
  providers: [LayoutService],
  templateUrl: './org-chart-graph.component.html',
  styleUrl: './org-chart-graph.component.css',
})
export class OrgChartGraphComponent {
  readonly nodes = input.required<readonly OrgChartNode[]>();
  readonly links = input.required<readonly OrgChartLink[]>();
  /** Names the chart for assistive technologies, and says where the list view is. */
  readonly label = input.required<string>();
  readonly activated = output<OrgChartNode>();

  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);
  private readonly graph = viewChild.required(GraphComponent);
  protected readonly update$ = new Subject<boolean>();
  protected readonly zoomToFit$ = new Subject<{ autoCenter: boolean; force: boolean }>();
  protected readonly panToNode$ = new Subject<string>();
  protected readonly zoom = signal(1);
  protected readonly zoomStep = ZOOM_STEP;
  protected readonly layout = new OrgChartLayout();
  protected readonly layoutSettings = { orientation: 'TB', marginX: 24, marginY: 24, rankPadding: 56, nodePadding: 24 };
  /** The box to bring into view once the next layout is drawn (the one just unfolded). */
  private followAfterDraw: string | null = null;
  private firstDraw = true;

  protected readonly graphNodes = computed((): DrawnNode[] =>
    this.nodes().map((node) => ({
      id: node.id,
      dimension: { width: NODE_WIDTH, height: node.kind === 'unit' ? UNIT_HEIGHT : AGENT_HEIGHT },
      data: {
        node,
        lines: node.kind === 'unit' ? wrapText(node.title, UNIT_CHARS_PER_LINE, 2) : wrapText(node.title, AGENT_CHARS_PER_LINE, 1),
        name: nodeAccessibleName(node),
      },
    })),
  );
  /** `data.kind` tells OrgChartLayout which lines place the boxes (unit) and which are only drawn (manager). */
  protected readonly graphLinks = computed((): Edge[] =>
    this.links().map((link) => ({ id: link.id, source: link.source, target: link.target, data: { kind: link.kind } })),
  );

  constructor() {
    // ngx-graph redraws by itself only when there is at least one link: a chart folded
    // back to its top box would otherwise keep showing the old layout.
    effect(() => {
      this.graphNodes();
      this.graphLinks();
      queueMicrotask(() => this.update$.next(true));
    });
  }

  protected activate(event: Event, node: OrgChartNode): void {
    event.preventDefault();
    // Unfolding adds boxes below this one and moves it: the view follows it.
    if (node.kind === 'unit') this.followAfterDraw = node.id;
    this.activated.emit(node);
  }

  protected zoomBy(factor: number): void {
    this.zoom.set(Math.min(2, Math.max(0.25, this.zoom() * factor)));
  }

  protected fit(): void {
    this.zoomToFit$.next({ autoCenter: true, force: true });
  }

  /** `output` ends every layout (drawComplete only fires for the first one). */
  protected onStateChange(event: NgxGraphStateChangeEvent): void {
    if (event.state !== NgxGraphStates.Output) return;
    const follow = this.firstDraw ? (this.nodes()[0]?.id ?? null) : this.followAfterDraw;
    // While the unit's level loads, the chart is redrawn (its marker changes) but has not moved yet.
    if (!follow || this.nodes().find((node) => node.id === follow)?.busy) return;
    this.firstDraw = false;
    this.followAfterDraw = null;
    this.bringToTop(follow);
  }

  /** Puts a box near the top of the view, centred, so what it just unfolded shows below it. */
  private bringToTop(id: string): void {
    const graph = this.graph();
    const position = graph.graph?.nodes.find((node) => node.id === id)?.position;
    if (!position) return;
    const offset = Math.max(0, graph.dims.height / 2 - UNIT_HEIGHT) / graph.zoomLevel;
    graph.panTo(position.x, position.y + offset);
  }

  /** Tabbing to a box outside the visible area brings it into view. */
  protected keepInView(element: Element, id: string): void {
    const box = element.getBoundingClientRect();
    const frame = this.host.nativeElement.querySelector('.frame')?.getBoundingClientRect();
    if (!frame) return;
    const inside = box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom;
    if (!inside) this.panToNode$.next(id);
  }
}
