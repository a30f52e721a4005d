/*
 * The `asl/previewGraph` answer: the graph with a hash of its whole content, or `{ unchanged: true }`
 * when the caller already holds a graph with that hash. The hash is fed field by field (no JSON
 * text of a 5000-state graph is built; indexed loops, no joined strings); every field of the protocol types must be
 * fed here. Pure.
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
  for (let i = 0; i < graph.machines.length; i++) addMachine(h, graph.machines[i]);
  h.addNumber(graph.states.length);
  for (let i = 0; i < graph.states.length; i++) addState(h, graph.states[i]);
  h.addNumber(graph.ranges.length);
  for (let i = 0; i < graph.ranges.length; i++) h.addNumber(graph.ranges[i]);
  h.addNumber(graph.edges.length);
  for (let i = 0; i < graph.edges.length; i++) addEdge(h, graph.edges[i]);
  return h.digest();
}

function addMachine(h: Hasher, m: PreviewMachine): void {
  h.add(m.id).add(m.parentState).add(m.label).add(m.startAt);
}

function addState(h: Hasher, s: PreviewState): void {
  h.add(s.id).add(s.name).add(s.type).add(s.machine).add(s.severity).add(s.comment);
  h.addNumber((s.isEnd ? 1 : 0) + (s.reachable ? 2 : 0));
  const retry = s.retry;
  h.addNumber(retry?.length);
  if (retry === undefined) return;
  for (let i = 0; i < retry.length; i++) {
    const errors = retry[i].errors;
    h.addNumber(retry[i].maxAttempts).addNumber(errors.length);
    for (let k = 0; k < errors.length; k++) h.add(errors[k]);
  }
}

function addEdge(h: Hasher, e: PreviewEdge): void {
  h.add(e.from).add(e.to).add(e.target).add(e.machine).add(e.kind).add(e.label);
}
