/*
 * The `asl/previewGraph` answer: the graph with a hash of its whole content, or `{ unchanged: true }`
 * when the caller already holds a graph with that hash. The hash is fed field by field (no JSON
 * text of a 5000-state graph is built); every field of the protocol types must be fed here. Pure.
 */
import type { PreviewEdge, PreviewGraph, PreviewGraphResult, PreviewMachine, PreviewState } from '../../protocol';
import { Hasher } from '../../graph/hash';

export function previewGraphResult(graph: PreviewGraph, version: number, knownHash?: string): PreviewGraphResult {
  const hash = graphHash(graph);
  if (knownHash === hash) return { unchanged: true, hash };
  return { unchanged: false, hash, version, graph };
}

export function graphHash(graph: PreviewGraph): string {
  const h = new Hasher().addNumber(graph.syntaxErrors).add(graph.queryLanguage);
  h.addNumber(graph.machines.length);
  for (const m of graph.machines) addMachine(h, m);
  h.addNumber(graph.states.length);
  for (const s of graph.states) addState(h, s);
  h.addNumber(graph.ranges.length);
  for (const n of graph.ranges) h.addNumber(n);
  h.addNumber(graph.edges.length);
  for (const e of graph.edges) addEdge(h, e);
  return h.digest();
}

function addMachine(h: Hasher, m: PreviewMachine): void {
  h.add(m.id).add(m.parentState).add(m.label).add(m.startAt);
}

function addState(h: Hasher, s: PreviewState): void {
  h.add(s.id).add(s.name).add(s.type).add(s.machine).add(s.severity).add(s.comment);
  h.addNumber((s.isEnd ? 1 : 0) + (s.reachable ? 2 : 0));
  h.addNumber(s.retry?.length);
  for (const r of s.retry ?? []) h.addNumber(r.maxAttempts).addNumber(r.errors.length).add(r.errors.join('\u0000'));
}

function addEdge(h: Hasher, e: PreviewEdge): void {
  h.add(e.from).add(e.to).add(e.target).add(e.machine).add(e.kind).add(e.label);
}
