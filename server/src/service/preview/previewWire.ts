/*
 * PreviewGraph → PreviewGraphWire: the inverse of decodePreviewGraph (../../protocol.ts), for a graph as
 * the client holds it (its hash, in previewResult.ts). The server builds its wire form straight from
 * the model (previewGraphWire in previewGraph.ts); a round-trip test over every example holds the three
 * together. Indexed loops and arrays of numbers: 5000 states per graph. Pure.
 */
import {
  PREVIEW_EDGE_KINDS,
  PREVIEW_RANGE_CHUNK,
  PREVIEW_SEVERITIES,
  type PreviewGraph,
  type PreviewGraphWire,
  type PreviewRetry,
} from '../../protocol';

export function encodePreviewGraph(graph: PreviewGraph): PreviewGraphWire {
  const machineIndex = new Map<string, number>();
  for (let i = 0; i < graph.machines.length; i++) machineIndex.set(graph.machines[i].id, i);
  const stateIndex = new Map<string, number>();
  for (let i = graph.states.length - 1; i >= 0; i--) stateIndex.set(graph.states[i].id, i);
  const indexOf = (id: string): number => {
    const i = stateIndex.get(id);
    if (i === undefined) throw new Error(`preview graph: no state ${id}`);
    return i;
  };
  const machines = graph.machines.map((m) => {
    const out: { id: string; label: string; parentState?: number; startAt?: number } = { id: m.id, label: m.label };
    if (m.parentState !== undefined) out.parentState = indexOf(m.parentState);
    if (m.startAt !== undefined) out.startAt = indexOf(m.startAt);
    return out;
  });
  return {
    syntaxErrors: graph.syntaxErrors,
    queryLanguage: graph.queryLanguage,
    machines,
    ...encodeStates(graph, machineIndex),
    ranges: encodeRanges(graph.ranges),
    ...encodeEdges(graph, indexOf),
  };
}

type StateColumns = Pick<
  PreviewGraphWire,
  'names' | 'stateMachines' | 'flags' | 'stateTypes' | 'types' | 'retries' | 'retryLists' | 'comments'
>;

function encodeStates(graph: PreviewGraph, machineIndex: ReadonlyMap<string, number>): StateColumns {
  const n = graph.states.length;
  const names = new Array<string>(n);
  const stateMachines = new Array<number>(n);
  const flags = new Array<number>(n);
  const stateTypes = new Array<number>(n);
  const types: string[] = [];
  const retries: [number, number][] = [];
  const retryLists: (readonly PreviewRetry[])[] = [];
  const listIndex = new Map<string, number>();
  const comments: [number, string][] = [];
  for (let i = 0; i < n; i++) {
    const s = graph.states[i];
    const machine = machineIndex.get(s.machine);
    if (machine === undefined || s.id !== s.machine + '/' + s.name) throw new Error(`preview graph: state ${s.id}`);
    names[i] = s.name;
    stateMachines[i] = machine;
    const severity = s.severity === undefined ? 0 : 4 * (1 + PREVIEW_SEVERITIES.indexOf(s.severity));
    flags[i] = (s.isEnd ? 1 : 0) + (s.reachable ? 2 : 0) + severity;
    stateTypes[i] = s.type === undefined ? -1 : typeIndex(types, s.type);
    if (s.retry !== undefined) {
      const key = JSON.stringify(s.retry);
      if (!listIndex.has(key)) listIndex.set(key, retryLists.push(s.retry) - 1);
      retries.push([i, listIndex.get(key) as number]);
    }
    if (s.comment !== undefined) comments.push([i, s.comment]);
  }
  return { names, stateMachines, flags, stateTypes, types, retries, retryLists, comments };
}

/** PreviewGraph.ranges as differences, in chunks (PreviewGraphWire.ranges). */
function encodeRanges(ranges: readonly number[]): number[][] {
  const chunks: number[][] = [];
  let previous = 0;
  for (let at = 0; at < ranges.length; at += 8) {
    if (at % PREVIEW_RANGE_CHUNK === 0) chunks.push([]);
    const out = chunks[chunks.length - 1];
    const line = ranges[at];
    const character = ranges[at + 1];
    out.push(line - previous, character);
    for (let k = at + 2; k < at + 8; k += 2) out.push(ranges[k] - line, ranges[k + 1] - character);
    previous = line;
  }
  return chunks;
}

/** The index of `type` in `types` (PreviewGraphWire.stateTypes), added at the end when new. */
export function typeIndex(types: string[], type: string): number {
  const i = types.indexOf(type); // a dozen distinct types at most in a valid machine
  if (i >= 0) return i;
  types.push(type);
  return types.length - 1;
}

type EdgeColumns = Pick<PreviewGraphWire, 'edgeFrom' | 'edgeTo' | 'edgeTargets' | 'edgeKinds' | 'edgeLabels'>;

function encodeEdges(graph: PreviewGraph, indexOf: (id: string) => number): EdgeColumns {
  const n = graph.edges.length;
  const edgeFrom = new Array<number>(n);
  const edgeTo = new Array<number>(n);
  const edgeTargets: [number, string][] = [];
  const edgeKinds = new Array<number>(n);
  const edgeLabels = new Array<string | null>(n);
  for (let i = 0; i < n; i++) {
    const e = graph.edges[i];
    const from = indexOf(e.from);
    if (graph.states[from].machine !== e.machine) throw new Error(`preview graph: edge from ${e.from}`);
    const to = e.to === undefined ? -1 : indexOf(e.to);
    edgeFrom[i] = from;
    edgeTo[i] = to;
    if (to < 0 || graph.states[to].name !== e.target) edgeTargets.push([i, e.target]);
    edgeKinds[i] = PREVIEW_EDGE_KINDS.indexOf(e.kind);
    edgeLabels[i] = e.label ?? null;
  }
  return { edgeFrom, edgeTo, edgeTargets, edgeKinds, edgeLabels };
}
