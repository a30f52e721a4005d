/*
 * Messages between the graph preview webview (media/) and the extension (client/preview), one
 * discriminated union per direction, declared once. Type-only: the client imports it with
 * `import type`, the webview checks every inbound message's `type` with an exhaustive switch.
 */
import type { ExecutionOverlay } from '../../server/src/debugProtocol';
import type { PreviewGraph } from '../../server/src/protocol';
import type { GraphLayout } from '../../server/src/graph/model';

/** Extension → webview. */
export type HostToWebview =
  /**
   * A new model of the document and its layout (laid out by the extension's warm layout threads:
   * client/src/preview/layoutPool.ts); a graph with syntaxErrors > 0 keeps the last good drawing
   * (marked stale: `keepsLastGraph`), and then `layout` is that drawing's.
   */
  | {
      readonly type: 'graph';
      readonly uri: string;
      readonly fileName: string;
      readonly hash: string;
      readonly graph: PreviewGraph;
      readonly layout: GraphLayout;
    }
  /** The state under the editor's cursor (a PreviewState id), or none. */
  | { readonly type: 'cursor'; readonly stateId?: string }
  /** The execution drawn over the graph (debug session or last run); undefined clears it. */
  | { readonly type: 'execution'; readonly overlay?: ExecutionOverlay }
  /** The states no test reached in the Testing view's last coverage run (names); undefined clears the marks. */
  | { readonly type: 'coverage'; readonly uncovered?: readonly string[] }
  /** Toolbar actions invoked from VS Code commands. */
  | { readonly type: 'action'; readonly action: 'fit' | 'zoomIn' | 'zoomOut' | 'find' | 'exportSvg' | 'exportPng' };

/** Webview → extension. */
export type WebviewToHost =
  /** The script loaded (or reloaded) and can take messages. */
  | { readonly type: 'ready' }
  /** The user chose a node (click or Enter): reveal that state in the editor. */
  | { readonly type: 'reveal'; readonly stateId: string }
  /** An export the user asked for: SVG text, or a PNG as a data: URL. */
  | { readonly type: 'export'; readonly format: 'svg' | 'png'; readonly data: string }
  /** A failure inside the webview worth showing in the output channel. */
  | { readonly type: 'error'; readonly message: string };

/** What the webview keeps with setState, so a reload (or the serializer's revive) restores it. */
export interface WebviewPersistedState {
  readonly uri: string;
  readonly zoom: number;
  readonly scrollX: number;
  readonly scrollY: number;
}
