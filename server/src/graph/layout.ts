/*
 * PreviewGraph → GraphLayout with elkjs (layered, top to bottom, orthogonal edges), in absolute
 * coordinates. The bundled elkjs build runs in Node and in the browser without a worker file and
 * without eval (the webview's CSP allows no 'unsafe-eval'). Shared by the webview and `asl graph`.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { PreviewGraph } from '../protocol';
import { type CompoundInside, layOutCompounds } from './compounds';
import { layOutPieces } from './pieces';
import { spacingOf } from './fixedLayouts';
import { buildElkInput, type ElkInput } from './elkInput';
import type { GraphLayout, PlacedEdge, PlacedNode, Point } from './model';

const OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.spacing.nodeNode': '28',
  'elk.layered.spacing.nodeNodeBetweenLayers': '36',
  'elk.spacing.edgeNode': '14',
  'elk.spacing.edgeEdge': '10',
  'elk.spacing.edgeLabel': '4',
  'elk.spacing.componentComponent': '36',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.edgeLabels.placement': 'CENTER',
  'elk.json.shapeCoords': 'ROOT',
  'elk.json.edgeCoords': 'ROOT',
  'elk.padding': '[top=16,left=16,bottom=16,right=16]',
};

/**
 * Above this many states, nodes are placed by elk's SIMPLE placer (each layer centred): Brandes-Köpf's
 * balanced placement looks better on small graphs but lets a long chain with side branches (the
 * references to a shared Catch handler) drift sideways step by step, into a drawing many screens
 * wide; SIMPLE keeps the chain straight and costs about half of LINEAR_SEGMENTS (used before), whose
 * pendulum iterations were a fifth of the layout's time at 500 states. From the same size the top level
 * is laid out in cached pieces (`pieces.ts`: a keystroke re-lays out the piece it touched), stacked
 * centred on each other as SIMPLE centres each layer.
 */
export const SIMPLE_PLACEMENT_FROM = 100;

/**
 * Runs one elk layout: `graph` laid out with `options`, positions written into the returned graph.
 * The default runs elkjs in this thread; the extension's pool runs it in warm worker threads.
 */
export type ElkRunner = (graph: ElkNode, options: Record<string, string>) => Promise<ElkNode>;

let elk: InstanceType<typeof ELK> | undefined;

/** elkjs in this thread, with only the layered algorithm registered (the others cost start-up time). */
export const runElkHere: ElkRunner = (graph, options) =>
  (elk ??= new ELK({ algorithms: ['layered'] })).layout(graph, { layoutOptions: options });

/**
 * Lays the graph out. Independent elk layouts (sibling compounds, top-level pieces) are started
 * together, so a runner with several threads runs them in parallel. Rejects only on an internal
 * elkjs failure.
 */
export async function layoutGraph(graph: PreviewGraph, runner: ElkRunner = runElkHere): Promise<GraphLayout> {
  const input = buildElkInput(graph);
  const options = layoutOptions(graph);
  const variant = options === OPTIONS ? 'balanced' : 'simple';
  const run = (g: ElkNode) => runner(g, options);
  const insides = await layOutCompounds(input.root, variant, run, spacingOf(options));
  const inPieces = graph.states.length >= SIMPLE_PLACEMENT_FROM && (await layOutPieces(input.root, variant, run));
  const result = inPieces ? input.root : await run(input.root);
  return toLayout(result, { ...input, insides });
}

function layoutOptions(graph: PreviewGraph): Record<string, string> {
  return elkOptions(graph.states.length < SIMPLE_PLACEMENT_FROM ? 'balanced' : 'simple');
}

const SIMPLE_OPTIONS = { ...OPTIONS, 'elk.layered.nodePlacement.strategy': 'SIMPLE' };

/** The elk options of each placement variant (see SIMPLE_PLACEMENT_FROM). */
export function elkOptions(variant: 'balanced' | 'simple'): Record<string, string> {
  return variant === 'balanced' ? OPTIONS : SIMPLE_OPTIONS;
}

interface Placing extends ElkInput {
  readonly insides: ReadonlyMap<string, CompoundInside>;
}

function toLayout(root: ElkNode, input: Placing): GraphLayout {
  const nodes: PlacedNode[] = [];
  const edges: PlacedEdge[] = [];
  collect(root.children ?? [], root.edges ?? [], input, { x: 0, y: 0 }, { nodes, edges });
  return { width: Math.ceil(root.width ?? 0), height: Math.ceil(root.height ?? 0), nodes, edges };
}

/** Collects placed nodes and edges; `at`: the origin of their coordinates (a laid-out compound's corner). */
function collect(
  children: readonly ElkNode[],
  containerEdges: readonly ElkExtendedEdge[],
  input: Placing,
  at: Point,
  out: { nodes: PlacedNode[]; edges: PlacedEdge[] },
): void {
  for (const child of children) {
    const meta = input.nodes.get(child.id);
    if (meta === undefined) continue;
    const inside = input.insides.get(child.id);
    const compound = inside !== undefined || (child.children?.length ?? 0) > 0;
    const placed = { ...meta, id: child.id, compound, ...box(child, at) };
    out.nodes.push(placed);
    if (inside !== undefined) collect(inside.children, [], input, placed, out);
    else if (compound) collect(child.children ?? [], child.edges ?? [], input, at, out);
  }
  for (const edge of containerEdges) out.edges.push(placedEdge(edge, input, at));
}

function box(node: ElkNode | { x?: number; y?: number; width?: number; height?: number }, at: Point) {
  return { x: (node.x ?? 0) + at.x, y: (node.y ?? 0) + at.y, width: node.width ?? 0, height: node.height ?? 0 };
}

function placedEdge(edge: ElkExtendedEdge, input: ElkInput, at: Point): PlacedEdge {
  const meta = input.edges.get(edge.id) ?? { kind: 'Next' as const };
  const points: Point[] = [];
  for (const section of edge.sections ?? []) {
    points.push(section.startPoint, ...(section.bendPoints ?? []), section.endPoint);
  }
  const label = edge.labels?.[0];
  return {
    id: edge.id,
    kind: meta.kind,
    source: edge.sources[0],
    target: edge.targets[0],
    points: points.map((p) => ({ x: p.x + at.x, y: p.y + at.y })),
    ...(label !== undefined && meta.label !== undefined
      ? { label: { text: label.text ?? meta.label, full: meta.label, ...box(label, at) } }
      : {}),
  };
}
