/*
 * The `asl/previewGraph` answer: the graph in its wire form with a hash of that whole form, or
 * `{ unchanged: true }` when the caller already holds a graph with that hash. The wire form decides
 * the graph (decodePreviewResult), so hashing it is hashing the graph, with fewer strings (no ids);
 * it is fed column by column (no JSON text built; indexed loops); every field of PreviewGraphWire must
 * be fed here. Pure.
 */
import type { PreviewGraph, PreviewGraphResult, PreviewGraphWire, PreviewGraphWireResult } from '../../protocol';
import { Hasher } from '../../graph/hash';
import { encodePreviewGraph } from './previewWire';

/** The answer the server sends for a version (it keeps it: asked again, the hash decides). */
export function previewAnswer(
  wire: PreviewGraphWire,
  version: number,
): Extract<PreviewGraphWireResult, { unchanged: false }> {
  return { unchanged: false, hash: wireHash(wire), version, graph: wire };
}

/**
 * The same answer for a graph as the client holds it (tests, the webview fixtures, benchmarks): its
 * hash is the one the server gave, as encoding a decoded graph gives back its wire form.
 */
export function previewGraphResult(graph: PreviewGraph, version: number, knownHash?: string): PreviewGraphResult {
  const hash = wireHash(encodePreviewGraph(graph));
  if (knownHash === hash) return { unchanged: true, hash };
  return { unchanged: false, hash, version, graph };
}

function wireHash(wire: PreviewGraphWire): string {
  const h = new Hasher().addNumber(wire.syntaxErrors).add(wire.queryLanguage);
  h.addNumber(wire.machines.length);
  for (let i = 0; i < wire.machines.length; i++) {
    const m = wire.machines[i];
    h.add(m.id).add(m.label).addNumber(m.parentState).addNumber(m.startAt);
  }
  strings(h, wire.names);
  numbers(h, wire.stateMachines);
  numbers(h, wire.flags);
  numbers(h, wire.stateTypes);
  strings(h, wire.types);
  h.addNumber(wire.retries.length);
  for (let i = 0; i < wire.retries.length; i++) h.addNumber(wire.retries[i][0]).addNumber(wire.retries[i][1]);
  h.addNumber(wire.retryLists.length);
  for (let i = 0; i < wire.retryLists.length; i++) {
    const retry = wire.retryLists[i];
    h.addNumber(retry.length);
    for (let r = 0; r < retry.length; r++) {
      h.addNumber(retry[r].maxAttempts);
      strings(h, retry[r].errors);
    }
  }
  numberedStrings(h, wire.comments);
  h.addNumber(wire.ranges.length);
  for (let i = 0; i < wire.ranges.length; i++) numbers(h, wire.ranges[i]);
  numbers(h, wire.edgeFrom);
  numbers(h, wire.edgeTo);
  numberedStrings(h, wire.edgeTargets);
  numbers(h, wire.edgeKinds);
  strings(h, wire.edgeLabels);
  return h.digest();
}

/** A count, then each string (null as undefined: told apart from every string). */
function strings(h: Hasher, list: readonly (string | null)[]): void {
  h.addNumber(list.length);
  for (let i = 0; i < list.length; i++) h.add(list[i] ?? undefined);
}

/** A count, then each [number, string] pair. */
function numberedStrings(h: Hasher, list: readonly (readonly [number, string])[]): void {
  h.addNumber(list.length);
  for (let i = 0; i < list.length; i++) h.addNumber(list[i][0]).add(list[i][1]);
}

function numbers(h: Hasher, list: readonly number[]): void {
  h.addNumber(list.length);
  for (let i = 0; i < list.length; i++) h.addNumber(list[i]);
}
