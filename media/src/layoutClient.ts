/*
 * Lays graphs out in a Web Worker (media/src/layoutWorker.ts, started from a blob: URL of its
 * embedded text), one request at a time per id. The worker lives as long as the page, so elkjs's
 * code stays compiled between keystrokes. DOM only; knows nothing of the drawing.
 */
import type { PreviewGraph } from '../../server/src/protocol';
import type { GraphLayout } from '../../server/src/graph/model';
import type { LayoutRequest, LayoutResponse } from './protocol';
import workerSource from './layoutWorkerSource';

interface Pending {
  resolve(layout: GraphLayout): void;
  reject(error: Error): void;
}

export class LayoutClient {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();

  layout(graph: PreviewGraph): Promise<GraphLayout> {
    const worker = (this.worker ??= this.start());
    const id = ++this.nextId;
    return new Promise<GraphLayout>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const request: LayoutRequest = { id, graph };
      worker.postMessage(request);
    });
  }

  private start(): Worker {
    if (workerSource === '') throw new Error('the layout worker is not bundled (run npm run build)');
    const url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
    const worker = new Worker(url);
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => this.settle(event.data);
    worker.onerror = (event) => this.failAll(new Error(`layout worker: ${event.message}`));
    return worker;
  }

  private settle(response: LayoutResponse): void {
    const pending = this.pending.get(response.id);
    this.pending.delete(response.id);
    if (pending === undefined) return;
    if ('error' in response) pending.reject(new Error(`layout failed: ${response.error}`));
    else pending.resolve(response.layout);
  }

  /** A crashed worker fails every request in flight; the next request starts a new worker. */
  private failAll(error: Error): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
