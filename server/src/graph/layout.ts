/*
 * PreviewGraph → GraphLayout with elkjs (layered, top to bottom, orthogonal edges), in absolute
 * coordinates. The bundled elkjs build runs in Node and in the browser without a worker file and
 * without eval (the webview's CSP allows no 'unsafe-eval'). Shared by the webview and `asl graph`.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { PreviewGraph } from '../protocol';
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
 * Above this many states, nodes are placed by straight linear segments: Brandes-Köpf's balanced
 * placement looks better on small graphs but lets a long chain with side branches (the references
 * to a shared Catch handler) drift sideways step by step, into a drawing many screens wide.
 */
export const LINEAR_PLACEMENT_FROM = 100;

let elk: InstanceType<typeof ELK> | undefined;

/** Lays the graph out. Rejects only on an internal elkjs failure. */
export async function layoutGraph(graph: PreviewGraph): Promise<GraphLayout> {
  const input = buildElkInput(graph);
  elk ??= new ELK();
  const result = await elk.layout(input.root, { layoutOptions: layoutOptions(graph) });
  return toLayout(result, input);
}

function layoutOptions(graph: PreviewGraph): Record<string, string> {
  if (graph.states.length < LINEAR_PLACEMENT_FROM) return OPTIONS;
  return { ...OPTIONS, 'elk.layered.nodePlacement.strategy': 'LINEAR_SEGMENTS' };
}

function toLayout(root: ElkNode, input: ElkInput): GraphLayout {
  const nodes: PlacedNode[] = [];
  const edges: PlacedEdge[] = [];
  collect(root, input, nodes, edges);
  return { width: Math.ceil(root.width ?? 0), height: Math.ceil(root.height ?? 0), nodes, edges };
}

function collect(container: ElkNode, input: ElkInput, nodes: PlacedNode[], edges: PlacedEdge[]): void {
  for (const child of container.children ?? []) {
    const meta = input.nodes.get(child.id);
    if (meta === undefined) continue;
    const compound = (child.children?.length ?? 0) > 0;
    nodes.push({ ...meta, id: child.id, compound, ...box(child) });
    if (compound) collect(child, input, nodes, edges);
  }
  for (const edge of container.edges ?? []) edges.push(placedEdge(edge, input));
}

function box(node: ElkNode | { x?: number; y?: number; width?: number; height?: number }) {
  return { x: node.x ?? 0, y: node.y ?? 0, width: node.width ?? 0, height: node.height ?? 0 };
}

function placedEdge(edge: ElkExtendedEdge, input: ElkInput): PlacedEdge {
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
    points: points.map((p) => ({ x: p.x, y: p.y })),
    ...(label !== undefined && meta.label !== undefined
      ? { label: { text: label.text ?? meta.label, full: meta.label, ...box(label) } }
      : {}),
  };
}
