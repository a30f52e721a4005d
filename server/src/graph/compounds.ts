/*
 * Lays out each compound state (Parallel / Map: its branch or processor boxes and what they hold) as
 * its own elk graph, innermost first, and caches the result by a key of that sub-graph; the parent
 * then sees the compound as a fixed-size box (what elk's SEPARATE_CHILDREN does, with a cache), so an
 * edit re-lays out only the compounds it touched and the levels above them. Pure apart from the cache.
 */
import type { ElkEdgeSection, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Point } from './model';
import { layOutFixed, type Spacing } from './fixedLayouts';

/** A compound state's inside, with coordinates relative to the compound's top-left corner. */
export interface CompoundInside {
  readonly children: readonly ElkNode[];
}

export type RunElk = (graph: ElkNode) => Promise<ElkNode>;

/** Laid-out compounds and top-level pieces by key: small graphs, so a few thousand are kept at most. */
const cache = new Map<string, ElkNode>();
const CACHE_LIMIT = 4000;

/**
 * Lays out every compound state under `container` (innermost first; siblings together, so a
 * runner with several threads lays them out in parallel), turns each into a fixed-size leaf and
 * returns their insides by elk id. `variant` names the layout options (part of the key).
 */
export async function layOutCompounds(
  container: ElkNode,
  variant: string,
  run: RunElk,
  spacing: Spacing,
  insides = new Map<string, CompoundInside>(),
): Promise<Map<string, CompoundInside>> {
  const layOutChild = async (child: ElkNode): Promise<void> => {
    await Promise.all((child.children ?? []).map((box) => layOutCompounds(box, variant, run, spacing, insides)));
    if (isCompoundState(child)) insides.set(child.id, await layOutCompound(child, variant, run, spacing));
  };
  await Promise.all((container.children ?? []).filter((c) => (c.children?.length ?? 0) > 0).map(layOutChild));
  return insides;
}

/** A compound state holds machine boxes; a machine box (laid out with its compound) is not one. */
function isCompoundState(node: ElkNode): boolean {
  return node.id.startsWith('S:');
}

/**
 * A compound of path-shaped boxes is laid out by arithmetic (fixedLayouts.ts); any other is the root
 * of its own elk graph: laid out inside a one-node wrapper graph (as before)
 * the positions and sizes are the same, on the examples and generated machines, and the wrapper's
 * level cost one more elk run per compound (elkjs's per-run cost, not per node, dominates there).
 */
async function layOutCompound(node: ElkNode, variant: string, run: RunElk, spacing: Spacing): Promise<CompoundInside> {
  if (!layOutFixed(node, spacing)) {
    const placed = await cachedLayout(node, variant, run);
    copyGeometry(placed, node, { x: placed.x ?? 0, y: placed.y ?? 0 });
  }
  const inside = { children: node.children ?? [] };
  node.children = undefined;
  node.layoutOptions = undefined; // a fixed-size leaf for the parent: its size is the laid-out one
  return inside;
}

/**
 * `graph` laid out by `layOut` (which returns the laid-out node), or the cached copy of an earlier
 * layout of a graph with the same key: a copy of the same structure, to read positions from.
 */
export async function cachedLayout(graph: ElkNode, variant: string, layOut: RunElk): Promise<ElkNode> {
  const key = variant + '\u0000' + graphKey(graph);
  let placed = cache.get(key);
  if (placed === undefined) {
    /* elkjs writes the positions into the graph it is given: the cache keeps a copy of them */
    placed = structuredClone(await layOut(graph));
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, placed);
  }
  return placed;
}

/** Copies positions from `from` (a laid-out copy of the same structure) into `to`, shifted by -origin. */
export function copyGeometry(from: ElkNode, to: ElkNode, origin: Point): void {
  to.width = from.width;
  to.height = from.height;
  to.x = (from.x ?? 0) - origin.x;
  to.y = (from.y ?? 0) - origin.y;
  const children = to.children ?? [];
  from.children?.forEach((c, i) => copyGeometry(c, children[i], origin));
  const edges = to.edges ?? [];
  from.edges?.forEach((e, i) => copyEdge(e, edges[i], origin));
}

function copyEdge(from: ElkExtendedEdge, to: ElkExtendedEdge, origin: Point): void {
  to.sections = from.sections?.map((s) => shiftSection(s, origin));
  const labels = to.labels ?? [];
  from.labels?.forEach((l, i) => {
    labels[i].x = (l.x ?? 0) - origin.x;
    labels[i].y = (l.y ?? 0) - origin.y;
  });
}

function shiftSection(s: ElkEdgeSection, origin: Point): ElkEdgeSection {
  const shift = (p: Point) => ({ x: p.x - origin.x, y: p.y - origin.y });
  return { ...s, startPoint: shift(s.startPoint), endPoint: shift(s.endPoint), bendPoints: s.bendPoints?.map(shift) };
}

/**
 * What decides a (sub-)graph's layout: node ids, sizes and options, edge ends and labels, in order.
 * Edge ids and handler-reference ids are numbered over the whole graph, so they are left out or
 * numbered locally: an edit elsewhere must not change the key.
 */
function graphKey(node: ElkNode): string {
  const local = new Map<string, string>();
  const idOf = (id: string) => (id.startsWith('R:') ? (local.get(id) ?? local.set(id, 'R' + local.size).get(id)) : id);
  const parts: unknown[] = [];
  const walk = (n: ElkNode): void => {
    parts.push(idOf(n.id), n.width, n.height, n.layoutOptions, n.children?.length ?? 0);
    for (const c of n.children ?? []) walk(c);
    for (const e of n.edges ?? []) parts.push(e.sources.map(idOf), e.targets.map(idOf), e.labels);
  };
  walk(node);
  return JSON.stringify(parts);
}
