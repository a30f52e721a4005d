/*
 * The preview's controller: turns `graph` messages (a graph and its layout, laid out by the
 * extension) into a drawing (the last good graph kept while the text has syntax errors), and
 * keeps the cursor highlight, the execution overlay and the search marks across redraws.
 */
import type { HostToWebview } from './protocol';
import type { PreviewGraph } from '../../server/src/protocol';
import type { ExecutionOverlay } from '../../server/src/debugProtocol';
import type { GraphLayout, PlacedNode } from '../../server/src/graph/model';
import { keepsLastGraph } from '../../server/src/graph/layoutKey';
import { svgParts } from '../../server/src/graph/svg';
import { Drawer } from './drawer';
import type { Page } from './dom';
import { Viewport, type ViewState } from './viewport';
import { applyOverlay, clearOverlay } from './overlay';
import { hidePanel, showRunInfo } from './panel';
import { Search } from './search';
import { post, savedState, saveState } from './host';
import { Minimap } from './minimap';

type GraphMessage = Extract<HostToWebview, { type: 'graph' }>;

export interface Drawing {
  readonly uri: string;
  readonly graph: PreviewGraph;
  readonly layout: GraphLayout;
}

export class GraphView {
  readonly viewport: Viewport;
  readonly search: Search;
  private readonly minimap: Minimap;
  private drawing: Drawing | undefined;
  private boxes = new Map<string, PlacedNode>();
  private overlay: ExecutionOverlay | undefined;
  /** States no test reached (the Testing view's coverage), marked `test-uncovered`. */
  private uncovered: ReadonlySet<string> = new Set();
  private cursorId: string | undefined;
  private svg: SVGSVGElement | undefined;
  private readonly drawer = new Drawer();
  /** The view state saved before a reload: applies to the first drawing of the same document only. */
  private restored = savedState();

  constructor(private readonly page: Page) {
    this.viewport = new Viewport(page.canvas, (s) => this.onViewChange(s));
    this.minimap = new Minimap(page.canvas, this.viewport);
    this.search = new Search(
      page.search,
      page.searchCount,
      () => this.svg,
      (node) => this.focusNode(node),
    );
  }

  /** The graph on screen (the last good one while the text is broken). */
  current(): Drawing | undefined {
    return this.drawing;
  }

  showGraph(message: GraphMessage): void {
    const { graph, uri, layout } = message;
    const keepLast = keepsLastGraph(graph, this.drawing?.uri === uri ? this.drawing.graph : undefined);
    this.showBanner(graph.syntaxErrors, keepLast);
    if (keepLast) return;
    const firstOfDocument = this.drawing?.uri !== uri;
    this.drawing = { uri, graph, layout };
    this.render(firstOfDocument);
  }

  setCursor(stateId: string | undefined): void {
    this.cursorId = stateId;
    this.applyCursor(true);
  }

  setOverlay(overlay: ExecutionOverlay | undefined): void {
    this.overlay = overlay;
    this.applyOverlay();
  }

  setUncovered(uncovered: readonly string[] | undefined): void {
    this.uncovered = new Set(uncovered);
    this.applyOverlay();
  }

  /** The node the user chose: reveal it in the editor, and show its run facts when there are some. */
  choose(node: Element): void {
    const handler = (node as SVGGElement).dataset.handler;
    if (handler !== undefined) return this.goToHandler(handler);
    const stateId = (node as SVGGElement).dataset.id;
    if (stateId === undefined) return;
    for (const n of this.svg?.querySelectorAll('.node.selected') ?? []) n.classList.remove('selected');
    node.classList.add('selected');
    post({ type: 'reveal', stateId });
    const info = this.overlay?.states.find((s) => s.name === (node as SVGGElement).dataset.name);
    if (info !== undefined) showRunInfo(this.page.panel, info, () => hidePanel(this.page.panel));
    else hidePanel(this.page.panel);
  }

  private onViewChange(state: ViewState): void {
    this.minimap.update();
    if (this.drawing !== undefined) saveState({ uri: this.drawing.uri, ...state });
  }

  /** A reference to a shared Catch handler was chosen: show and focus the handler itself. */
  private goToHandler(stateId: string): void {
    const target = this.nodeOf(stateId);
    if (target !== undefined) this.focusNode(target);
  }

  private render(firstOfDocument: boolean): void {
    const drawing = this.drawing;
    if (drawing === undefined) return;
    const svg = this.drawer.svg;
    this.drawer.draw(svgParts(drawing.graph, drawing.layout, { interactive: true }));
    if (this.svg === undefined) {
      svg.id = 'drawing';
      this.svg = svg;
      this.page.canvas.append(svg);
    }
    this.boxes = new Map(drawing.layout.nodes.filter((n) => n.kind === 'state').map((n) => [n.ref, n]));
    const nodes = drawing.layout.nodes.filter((n) => n.kind === 'state' || n.kind === 'machine');
    this.minimap.setContent(drawing.layout.width, drawing.layout.height, nodes);
    this.viewport.setContent(svg, drawing.layout.width, drawing.layout.height);
    if (firstOfDocument) this.placeFirstView(drawing.uri);
    this.page.message.hidden = drawing.graph.states.length > 0;
    this.page.message.textContent = 'No states to show.';
    this.applyCursor(false);
    this.applyOverlay();
    this.search.refresh();
  }

  private placeFirstView(uri: string): void {
    const saved = this.restored;
    this.restored = undefined;
    if (saved !== undefined && saved.uri === uri) this.viewport.restore(saved);
    else this.viewport.fit();
  }

  private showBanner(syntaxErrors: number, keepLast: boolean): void {
    const { banner, canvas } = this.page;
    banner.hidden = syntaxErrors === 0;
    const errors = `${syntaxErrors} syntax error${syntaxErrors === 1 ? '' : 's'}`;
    banner.textContent = keepLast
      ? `Stale: the text has ${errors}; showing the last valid graph.`
      : `The text has ${errors}; the graph may be incomplete.`;
    canvas.classList.toggle('stale', keepLast);
  }

  private applyCursor(scroll: boolean): void {
    for (const n of this.svg?.querySelectorAll('.node.cursor') ?? []) n.classList.remove('cursor');
    const id = this.cursorId;
    if (id === undefined || this.svg === undefined) return;
    this.nodeOf(id)?.classList.add('cursor');
    const box = this.boxes.get(id);
    if (scroll && box !== undefined) this.viewport.reveal(box, false);
  }

  private applyOverlay(): void {
    if (this.svg === undefined) return;
    for (const node of this.svg.querySelectorAll<SVGGElement>('.node.state'))
      node.classList.toggle('test-uncovered', this.uncovered.has(node.dataset.name ?? ''));
    if (this.overlay === undefined) clearOverlay(this.svg);
    else applyOverlay(this.svg, this.overlay);
  }

  /** A jump to a node (search, a handler reference): centred, and readable. */
  private focusNode(node: SVGGElement): void {
    const box = this.boxes.get(node.dataset.id ?? '');
    if (box !== undefined) this.viewport.reveal(box, true, true);
    node.focus({ preventScroll: true });
  }

  private nodeOf(stateId: string): SVGGElement | undefined {
    for (const n of this.svg?.querySelectorAll<SVGGElement>('.node.state') ?? [])
      if (n.dataset.id === stateId) return n;
    return undefined;
  }
}
