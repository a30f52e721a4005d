/*
 * Messages between the extension's layout pool (layoutPool.ts) and its worker threads
 * (layoutThread.ts), declared once. Type-only.
 */
import type { ElkNode } from 'elkjs/lib/elk-api';

/** Pool → thread: run one elk layout. */
export interface ElkJob {
  readonly id: number;
  readonly graph: ElkNode;
  readonly options: Record<string, string>;
}

/** Thread → pool: the laid-out graph of job `id`, or why elkjs failed. */
export type ElkJobResult =
  { readonly id: number; readonly graph: ElkNode } | { readonly id: number; readonly error: string };
