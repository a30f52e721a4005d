/*
 * The two compound layouts that elk's layered algorithm fixes by arithmetic alone, computed without
 * an elk run: a machine box whose nodes form one path (a Parallel branch or Map processor of
 * consecutive states: one node per layer, centred on the widest), and a compound whose boxes have
 * no edges between them (one layer, side by side, centred vertically). elkjs costs ~0.5 ms per run
 * plus ~0.2 ms per node even for these; the results equal elk's (server/test/graph/fixedLayouts.test.ts
 * compares them on random sizes in both placement variants). Pure.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';

/** The spacing options of the layout run (elk.layered.spacing.nodeNodeBetweenLayers, elk.spacing.nodeNode). */
export interface Spacing {
  readonly betweenLayers: number;
  readonly nodeNode: number;
}

export function spacingOf(options: Record<string, string>): Spacing {
  return {
    betweenLayers: Number(options['elk.layered.spacing.nodeNodeBetweenLayers']),
    nodeNode: Number(options['elk.spacing.nodeNode']),
  };
}

/**
 * Lays `compound` (a Parallel / Map state whose nested compounds are already fixed-size leaves) out
 * when each of its boxes is one path and no edge joins the boxes: sizes and positions are written as
 * elk would write them (coordinates relative to the compound's corner) and true is returned.
 * Returns false, writing nothing, for any other shape.
 */
export function layOutFixed(compound: ElkNode, spacing: Spacing): boolean {
  const boxes = compound.children ?? [];
  if (boxes.length === 0 || (compound.edges?.length ?? 0) > 0) return false;
  const paths = boxes.map(pathOrder);
  if (paths.some((p) => p === undefined)) return false;
  boxes.forEach((box, i) => sizePathBox(box, paths[i] as ElkNode[], spacing));
  placeRow(compound, boxes, spacing);
  boxes.forEach((box, i) => placePathBox(box, paths[i] as ElkNode[], spacing));
  return true;
}

/** The box's children in path order when its edges (unlabelled) chain all of them, one after another. */
function pathOrder(box: ElkNode): ElkNode[] | undefined {
  const children = box.children ?? [];
  const edges = box.edges ?? [];
  if (children.length === 0 || edges.length !== children.length - 1) return undefined;
  if (children.some((c) => (c.children?.length ?? 0) > 0)) return undefined;
  const next = new Map<string, string>();
  const hasIncoming = new Set<string>();
  for (const e of edges) {
    const [from, to] = [e.sources[0], e.targets[0]];
    if (e.sources.length !== 1 || e.targets.length !== 1 || (e.labels?.length ?? 0) > 0) return undefined;
    if (next.has(from) || hasIncoming.has(to) || from === to) return undefined;
    next.set(from, to);
    hasIncoming.add(to);
  }
  const byId = new Map(children.map((c) => [c.id, c]));
  const first = children.filter((c) => !hasIncoming.has(c.id));
  if (first.length !== 1) return undefined;
  const order: ElkNode[] = [];
  for (let at: ElkNode | undefined = first[0]; at !== undefined; at = byId.get(next.get(at.id) ?? '')) {
    order.push(at);
    if (order.length > children.length) return undefined;
  }
  return order.length === children.length ? order : undefined;
}

/** The box's size: the widest node and the stacked layers inside its padding, at least its minimum size. */
function sizePathBox(box: ElkNode, path: readonly ElkNode[], spacing: Spacing): void {
  const padding = paddingOf(box);
  const minimum = minimumOf(box);
  const widest = Math.max(...path.map((n) => n.width ?? 0));
  const tall = path.reduce((sum, n) => sum + (n.height ?? 0), 0) + spacing.betweenLayers * (path.length - 1);
  box.width = Math.max(minimum.width, padding.left + widest + padding.right);
  box.height = Math.max(minimum.height, padding.top + tall + padding.bottom);
}

/** The boxes side by side in model order, each centred on the tallest; the compound's size around them. */
function placeRow(compound: ElkNode, boxes: readonly ElkNode[], spacing: Spacing): void {
  const padding = paddingOf(compound);
  const minimum = minimumOf(compound);
  const tallest = Math.max(...boxes.map((b) => b.height ?? 0));
  let x = padding.left;
  for (const box of boxes) {
    box.x = x;
    box.y = padding.top + (tallest - (box.height ?? 0)) / 2;
    x += (box.width ?? 0) + spacing.nodeNode;
  }
  const wide = x - spacing.nodeNode - padding.left;
  compound.width = Math.max(minimum.width, padding.left + wide + padding.right);
  compound.height = Math.max(minimum.height, padding.top + tallest + padding.bottom);
  compound.x = 0;
  compound.y = 0;
}

/** The path's nodes one per layer, centred on the widest, and straight edges between them. */
function placePathBox(box: ElkNode, path: readonly ElkNode[], spacing: Spacing): void {
  const padding = paddingOf(box);
  const widest = Math.max(...path.map((n) => n.width ?? 0));
  const centre = (box.x ?? 0) + padding.left + widest / 2;
  let y = (box.y ?? 0) + padding.top;
  const ends = new Map<string, ElkNode>();
  for (const node of path) {
    node.x = centre - (node.width ?? 0) / 2;
    node.y = y;
    y += (node.height ?? 0) + spacing.betweenLayers;
    ends.set(node.id, node);
  }
  for (const edge of box.edges ?? []) placeStraightEdge(edge, ends, centre);
}

function placeStraightEdge(edge: ElkExtendedEdge, nodes: ReadonlyMap<string, ElkNode>, x: number): void {
  const from = nodes.get(edge.sources[0]) as ElkNode;
  const to = nodes.get(edge.targets[0]) as ElkNode;
  const start = { x, y: (from.y ?? 0) + (from.height ?? 0) };
  edge.sections = [{ id: edge.id + '_s0', startPoint: start, endPoint: { x, y: to.y ?? 0 } }];
}

interface Padding {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The node's `elk.padding` ("[top=..,left=..,bottom=..,right=..]"), elk's default 12 where unset. */
function paddingOf(node: ElkNode): Padding {
  const text = node.layoutOptions?.['elk.padding'] ?? '';
  const side = (name: string) => Number(new RegExp(`${name}=([0-9.]+)`).exec(text)?.[1] ?? 12);
  return { top: side('top'), left: side('left'), bottom: side('bottom'), right: side('right') };
}

/** The node's `elk.nodeSize.minimum` ("(w,h)") when its size constraints ask for it, else 0 × 0. */
function minimumOf(node: ElkNode): { width: number; height: number } {
  const options = node.layoutOptions ?? {};
  const match = /\(([0-9.]+),([0-9.]+)\)/.exec(options['elk.nodeSize.minimum'] ?? '');
  if (options['elk.nodeSize.constraints'] !== 'MINIMUM_SIZE' || match === null) return { width: 0, height: 0 };
  return { width: Number(match[1]), height: Number(match[2]) };
}
