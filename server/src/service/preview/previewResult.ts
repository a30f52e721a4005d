/*
 * The `asl/previewGraph` answer: the graph with a hash of its content, or `{ unchanged: true }`
 * when the caller already holds a graph with that hash. Pure.
 */
import type { PreviewGraph, PreviewGraphResult } from '../../protocol';
import { hashText } from '../../graph/hash';

export function previewGraphResult(graph: PreviewGraph, version: number, knownHash?: string): PreviewGraphResult {
  const hash = hashText(JSON.stringify(graph));
  if (knownHash === hash) return { unchanged: true, hash };
  return { unchanged: false, hash, version, graph };
}
