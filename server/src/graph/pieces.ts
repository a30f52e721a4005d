/*
 * Lays out a large top-level graph in pieces: where exactly one edge joins everything before a point of
 * the model order to everything after it (a chain between branch points), the graph is cut; each piece
 * is its own elk layout, cached by a key of its sub-graph like the compounds, and the pieces are stacked
 * so each joining edge runs straight down. An edit re-lays out only the pieces it touched.
 */
import type { ElkEdgeSection, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { cachedLayout, copyGeometry, type RunElk } from './compounds';
import type { Point } from './model';

/** A piece holds at least this many nodes; a cut is content-defined (see `isCutNode`) up to MAX. */
const MIN_PIECE = 8;
const MAX_PIECE = 32;
const CUT_SPREAD = 8;
const GAP = 36;
const PADDING = 16;
const ENTRY = 'P:in';
const EXIT = 'P:out';
const NO_PADDING = { 'elk.padding': '[top=0,left=0,bottom=0,right=0]' };

/** A piece: children [from, to) of the root, entered by `entry` (but the first) and left by `exit` (but the last). */
interface Piece {
  readonly from: number;
  readonly to: number;
  readonly entry?: ElkExtendedEdge;
  readonly exit?: ElkExtendedEdge;
}

/**
 * Lays `root` (a flat graph: compounds already fixed-size leaves) out in pieces and writes the
 * positions into it, or returns false (nothing written) when it has no two pieces.
 */
export async function layOutPieces(root: ElkNode, variant: string, run: RunElk): Promise<boolean> {
  const pieces = cutPieces(root.children ?? [], root.edges ?? []);
  if (pieces.length < 2) return false;
  const placed = await Promise.all(pieces.map((piece) => layOutPiece(root, piece, variant, run)));
  stack(root, placed);
  return true;
}

/** Splits the children at cuts crossed by one forward edge and no other, into pieces of MIN..MAX nodes. */
function cutPieces(children: readonly ElkNode[], edges: readonly ElkExtendedEdge[]): Piece[] {
  const index = new Map(children.map((c, i) => [c.id, i]));
  const n = children.length;
  const forward = new Int32Array(n + 1);
  const backward = new Int32Array(n + 1);
  const edgeSum = new Float64Array(n + 1);
  edges.forEach((e, i) => {
    const s = index.get(e.sources[0]) ?? -1;
    const t = index.get(e.targets[0]) ?? -1;
    if (s < 0 || t < 0 || s === t) return;
    const [lo, hi, counts] = s < t ? [s, t, forward] : [t, s, backward];
    counts[lo + 1]++;
    counts[hi + 1]--;
    if (s > t) return;
    edgeSum[lo + 1] += i;
    edgeSum[hi + 1] -= i;
  });
  const pieces: Piece[] = [];
  let from = 0;
  let entry: ElkExtendedEdge | undefined;
  let entryTarget = -1;
  let crossing = 0;
  let back = 0;
  let sum = 0;
  for (let k = 1; k < n; k++) {
    crossing += forward[k];
    back += backward[k];
    sum += edgeSum[k];
    if (crossing !== 1 || back !== 0 || k - from < MIN_PIECE || entryTarget >= k) continue;
    const exit = edges[sum];
    if ((index.get(exit.sources[0]) ?? -1) < from || !(isCutNode(children[k].id) || k - from >= MAX_PIECE)) continue;
    pieces.push({ from, to: k, entry, exit });
    [from, entry, entryTarget] = [k, exit, index.get(exit.targets[0]) ?? n];
  }
  pieces.push({ from, to: n, entry });
  return pieces;
}

/** Content-defined cut points: an edit moves the cuts near it only, so the other pieces stay cached. */
function isCutNode(id: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % CUT_SPREAD === 0;
}

interface PlacedPiece {
  readonly piece: Piece;
  readonly nodes: readonly ElkNode[];
  /** Laid out (relative to the piece): its internal edges, then the entry and exit half-edges. */
  readonly edges: readonly ElkExtendedEdge[];
  readonly entry?: ElkExtendedEdge;
  readonly exit?: ElkExtendedEdge;
  /** Bounds of what the piece draws (virtual entry / exit points excluded). */
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

async function layOutPiece(root: ElkNode, piece: Piece, variant: string, run: RunElk): Promise<PlacedPiece> {
  const nodes = (root.children ?? []).slice(piece.from, piece.to);
  const inside = new Set(nodes.map((c) => c.id));
  const internal = (root.edges ?? []).filter((e) => inside.has(e.sources[0]) && inside.has(e.targets[0]));
  const graph = pieceGraph(nodes, internal, piece);
  const placed = await cachedLayout(graph, variant, (g) => run(g));
  copyGeometry(placed, graph, { x: 0, y: 0 });
  const laidOut = graph.edges ?? [];
  const entry = piece.entry !== undefined ? laidOut[internal.length] : undefined;
  const exit = piece.exit !== undefined ? laidOut[laidOut.length - 1] : undefined;
  const pieceNodes = (graph.children ?? []).filter((c) => c.id !== ENTRY && c.id !== EXIT);
  return { piece, nodes: pieceNodes, edges: laidOut, entry, exit, ...bounds(pieceNodes, laidOut, entry, exit) };
}

/** The piece as an elk graph: copies of its nodes, with a virtual first-layer entry and last-layer exit. */
function pieceGraph(nodes: readonly ElkNode[], internal: readonly ElkExtendedEdge[], piece: Piece): ElkNode {
  const children: ElkNode[] = nodes.map((c) => ({ id: c.id, width: c.width, height: c.height }));
  const edges: ElkExtendedEdge[] = internal.map(copyEdge);
  const point = (id: string, layer: string): ElkNode => ({
    id,
    width: 1,
    height: 1,
    layoutOptions: { 'elk.layered.layering.layerConstraint': layer },
  });
  if (piece.entry !== undefined) {
    children.unshift(point(ENTRY, 'FIRST'));
    edges.push({ id: ENTRY, sources: [ENTRY], targets: piece.entry.targets });
  }
  if (piece.exit !== undefined) {
    children.push(point(EXIT, 'LAST'));
    edges.push({ ...copyEdge(piece.exit), targets: [EXIT] });
  }
  return { id: 'piece', layoutOptions: NO_PADDING, children, edges };
}

function copyEdge(e: ElkExtendedEdge): ElkExtendedEdge {
  const labels = e.labels?.map((l) => ({ text: l.text, width: l.width, height: l.height }));
  return { id: e.id, sources: e.sources, targets: e.targets, ...(labels !== undefined ? { labels } : {}) };
}

type Edge = ElkExtendedEdge;

function bounds(nodes: readonly ElkNode[], edges: readonly Edge[], entry: Edge | undefined, exit: Edge | undefined) {
  const b = { top: Infinity, bottom: -Infinity, left: Infinity, right: -Infinity };
  const add = (x: number, y: number, w = 0, h = 0) => {
    [b.left, b.right] = [Math.min(b.left, x), Math.max(b.right, x + w)];
    [b.top, b.bottom] = [Math.min(b.top, y), Math.max(b.bottom, y + h)];
  };
  for (const c of nodes) add(c.x ?? 0, c.y ?? 0, c.width, c.height);
  for (const e of edges) {
    for (const l of e.labels ?? []) add(l.x ?? 0, l.y ?? 0, l.width, l.height);
    for (const p of points(e).slice(e === entry ? 1 : 0, e === exit ? -1 : undefined)) add(p.x, p.y);
  }
  return b;
}

function points(e: ElkExtendedEdge): Point[] {
  return (e.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]);
}

/**
 * Stacks the pieces top to bottom, each shifted sideways so its entry lines up with the previous
 * piece's exit, and writes the absolute positions into `root`'s nodes and edges.
 */
function stack(root: ElkNode, placed: readonly PlacedPiece[]): void {
  const shifts: Point[] = [{ x: 0, y: -placed[0].top }];
  for (let i = 1; i < placed.length; i++) {
    const [before, p, shift] = [placed[i - 1], placed[i], shifts[i - 1]];
    const x = (before.left + before.right) / 2 + shift.x - (p.left + p.right) / 2;
    shifts.push({ x, y: before.bottom + shift.y + GAP - p.top });
  }
  const left = Math.min(...placed.map((p, i) => p.left + shifts[i].x));
  const right = Math.max(...placed.map((p, i) => p.right + shifts[i].x));
  const at = shifts.map((s) => ({ x: s.x - left + PADDING, y: s.y + PADDING }));
  const last = placed.length - 1;
  root.width = right - left + 2 * PADDING;
  root.height = placed[last].bottom + at[last].y + PADDING;
  writeBack(root, placed, at);
}

function writeBack(root: ElkNode, placed: readonly PlacedPiece[], at: readonly Point[]): void {
  const nodes = new Map<string, ElkNode>();
  const edges = new Map<string, ElkExtendedEdge>();
  placed.forEach((p, i) => {
    for (const n of p.nodes) nodes.set(n.id, { ...n, x: (n.x ?? 0) + at[i].x, y: (n.y ?? 0) + at[i].y });
    for (const e of p.edges) if (e !== p.entry) edges.set(e.id, shiftEdge(e, at[i]));
  });
  placed.forEach((p, i) => {
    if (p.entry === undefined || p.piece.entry === undefined) return;
    const exitHalf = edges.get(p.piece.entry.id) as ElkExtendedEdge;
    const middle = (placed[i - 1].bottom + at[i - 1].y + p.top + at[i].y) / 2;
    edges.set(p.piece.entry.id, joined(exitHalf, shiftEdge(p.entry, at[i]), middle));
  });
  for (const child of root.children ?? []) Object.assign(child, pick(nodes.get(child.id)));
  for (const edge of root.edges ?? []) {
    const e = edges.get(edge.id);
    edge.sections = e?.sections;
    e?.labels?.forEach((l, i) => Object.assign(edge.labels?.[i] ?? {}, { x: l.x, y: l.y }));
  }
}

function pick(n: ElkNode | undefined) {
  return n === undefined ? {} : { x: n.x, y: n.y };
}

function shiftEdge(e: ElkExtendedEdge, by: Point): ElkExtendedEdge {
  const shift = (p: Point) => ({ x: p.x + by.x, y: p.y + by.y });
  const sections = e.sections?.map((s): ElkEdgeSection => ({
    ...s,
    startPoint: shift(s.startPoint),
    endPoint: shift(s.endPoint),
    bendPoints: s.bendPoints?.map(shift),
  }));
  const labels = e.labels?.map((l) => ({ ...l, ...shift({ x: l.x ?? 0, y: l.y ?? 0 }) }));
  return { ...e, sections, ...(labels !== undefined ? { labels } : {}) };
}

/**
 * One edge from the exit half (source → virtual exit) and the entry half (virtual entry → target):
 * both end in a vertical segment, joined by a horizontal one at `middle` (between the two pieces).
 */
function joined(exitHalf: ElkExtendedEdge, entryHalf: ElkExtendedEdge, middle: number): ElkExtendedEdge {
  const a = points(exitHalf);
  const b = points(entryHalf);
  const [out, into] = [a[a.length - 1], b[0]];
  const jog =
    Math.abs(out.x - into.x) < 0.5
      ? []
      : [
          { x: out.x, y: middle },
          { x: into.x, y: middle },
        ];
  const route = [...a.slice(0, -1), ...jog, ...b.slice(1)];
  const section: ElkEdgeSection = {
    id: exitHalf.id + ':s',
    startPoint: route[0],
    endPoint: route[route.length - 1],
    bendPoints: route.slice(1, -1),
  };
  return { ...exitHalf, sections: [section] };
}
