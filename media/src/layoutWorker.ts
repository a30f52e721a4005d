/*
 * The webview's layout worker: runs elkjs (server/src/graph/layout.ts) off the page's main thread,
 * so typing never freezes the preview. Built as its own bundle and embedded in graph.js as text
 * (VS Code webviews start workers only from blob: or data: URLs). Knows nothing of the DOM.
 */
import { layoutGraph } from '../../server/src/graph/layout';
import type { LayoutRequest, LayoutResponse } from './protocol';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<LayoutRequest>) => void): void;
  postMessage(message: LayoutResponse): void;
}

const scope = globalThis as unknown as WorkerScope;

/*
 * A listener, not `onmessage`: elkjs's bundle sees a worker scope and sets `self.onmessage` to its
 * own dispatcher when it first runs (it answers only its own `cmd` messages, so ours pass by it).
 */
scope.addEventListener('message', (event) => {
  const { id, graph } = event.data;
  layoutGraph(graph).then(
    (layout) => scope.postMessage({ id, layout }),
    (error: unknown) => scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
