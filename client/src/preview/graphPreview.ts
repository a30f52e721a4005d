/*
 * One graph preview panel: the document it shows (fixed, or following the active editor), the last
 * graph the language server sent and its layout (laid out again only when its layout key changes),
 * and what it posted to the webview (cursor, execution overlay). Talks to the webview only in
 * media/src/protocol.ts messages; knows nothing of how graphs are laid out or of ASL rules.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { HostToWebview } from '../../../media/src/protocol';
import type { ExecutionOverlay } from '../../../server/src/debugProtocol';
import type { PreviewGraph, PreviewGraphResult } from '../../../server/src/protocol';
import type { GraphLayout } from '../../../server/src/graph/model';
import { keepsLastGraph, layoutKey } from '../../../server/src/graph/layoutKey';
import { logFailure } from './failures';
import { type Position, stateAt } from './graphLookup';

/** Debounce between an edit and the graph request. */
const REFRESH_DELAY_MS = 50;

export type ToolbarAction = Extract<HostToWebview, { type: 'action' }>['action'];

/** What a preview needs from the rest of the extension. */
export interface PreviewDeps {
  fetchGraph(uri: vscode.Uri, knownHash: string | undefined): Promise<PreviewGraphResult | null>;
  /** Lays a graph out (the extension's layout pool). */
  layout(graph: PreviewGraph): Promise<GraphLayout>;
  overlayFor(uri: vscode.Uri): ExecutionOverlay | undefined;
  /** The states of the definition no test reached in the last coverage run, when there was one. */
  uncoveredFor(uri: vscode.Uri): readonly string[] | undefined;
  readonly log: vscode.LogOutputChannel;
}

/** What the e2e tests read through the extension's API. */
export interface PreviewSnapshot {
  readonly uri: string;
  readonly follows: boolean;
  readonly hash?: string;
  readonly stateNames: readonly string[];
  readonly cursorStateId?: string;
  readonly overlaySource?: 'debug' | 'run';
}

export class GraphPreview {
  private uri: vscode.Uri;
  private graph: PreviewGraph | undefined;
  private hash: string | undefined;
  /** The graph the webview draws and its layout (while the text is broken: the last good one's). */
  private laidOut: { readonly graph: PreviewGraph; readonly key: string; readonly layout: GraphLayout } | undefined;
  private cursor: Position | undefined;
  private postedCursor: string | undefined;
  private postedOverlay: ExecutionOverlay | undefined;
  private timer: NodeJS.Timeout | undefined;
  private requestSeq = 0;
  private failing = false;
  private disposed = false;
  /** The webview's script said `ready` and the panel was not hidden since: posts reach it. */
  private webviewLoaded = false;

  constructor(
    readonly panel: vscode.WebviewPanel,
    uri: vscode.Uri,
    public follows: boolean,
    private readonly deps: PreviewDeps,
  ) {
    this.uri = uri;
    this.panel.title = previewTitle(uri);
  }

  get documentUri(): vscode.Uri {
    return this.uri;
  }

  get currentGraph(): PreviewGraph | undefined {
    return this.graph;
  }

  /** Shows another document (follow mode): the old graph, cursor and overlay go at once. */
  show(uri: vscode.Uri, cursor: Position | undefined): void {
    if (uri.toString() === this.uri.toString()) return;
    this.uri = uri;
    this.graph = undefined;
    this.hash = undefined;
    this.laidOut = undefined;
    this.postedCursor = undefined;
    this.cursor = cursor;
    this.panel.title = previewTitle(uri);
    this.setOverlay(this.deps.overlayFor(uri));
    this.setUncovered(this.deps.uncoveredFor(uri));
    this.refreshNow();
  }

  /** The document changed: ask for the graph again after a short pause (a hidden panel asks when shown). */
  documentChanged(): void {
    if (!this.panel.visible) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refreshNow(), REFRESH_DELAY_MS);
  }

  refreshNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    logFailure(this.refresh(), 'Graph preview', this.deps.log);
  }

  moveCursor(position: Position): void {
    this.cursor = position;
    this.postCursor(false);
  }

  setOverlay(overlay: ExecutionOverlay | undefined): void {
    this.postedOverlay = overlay;
    this.post({ type: 'execution', overlay });
  }

  /** Marks the states no test reached (the last coverage run of this definition); undefined clears. */
  setUncovered(uncovered: readonly string[] | undefined): void {
    this.post({ type: 'coverage', uncovered });
  }

  runAction(action: ToolbarAction): void {
    this.post({ type: 'action', action });
  }

  /** The webview (re)loaded, e.g. after being hidden: send everything it shows again, then refresh. */
  webviewReady(): void {
    this.webviewLoaded = true;
    this.postGraph(true);
    this.setOverlay(this.deps.overlayFor(this.uri));
    this.setUncovered(this.deps.uncoveredFor(this.uri));
    this.postCursor(true);
    this.refreshNow();
  }

  /** A hidden panel's webview is destroyed (no retainContextWhenHidden): hold posts until it is `ready` again. */
  webviewHidden(): void {
    this.webviewLoaded = false;
  }

  snapshot(): PreviewSnapshot {
    return {
      uri: this.uri.toString(),
      follows: this.follows,
      hash: this.hash,
      stateNames: this.graph?.states.map((s) => s.name) ?? [],
      cursorStateId: this.postedCursor,
      overlaySource: this.postedOverlay?.source,
    };
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
  }

  private async refresh(): Promise<void> {
    const seq = ++this.requestSeq;
    const uri = this.uri;
    let result: PreviewGraphResult | null;
    try {
      result = await this.deps.fetchGraph(uri, this.hash);
    } catch (err) {
      if (seq === this.requestSeq) this.reportOnce(`cannot get the graph of ${uri.toString(true)}: ${errorText(err)}`);
      return;
    }
    if (seq !== this.requestSeq || this.disposed) return;
    if (!result) return this.reportOnce(`the language server does not serve ${uri.toString(true)}`);
    this.failing = false;
    if (result.unchanged) return;
    let laidOut: GraphPreview['laidOut'];
    try {
      laidOut = await this.layOut(result.graph);
    } catch (err) {
      if (seq === this.requestSeq)
        this.reportOnce(`cannot lay out the graph of ${uri.toString(true)}: ${errorText(err)}`);
      return;
    }
    if (seq !== this.requestSeq || this.disposed) return; // a newer graph was asked for meanwhile
    this.graph = result.graph;
    this.hash = result.hash;
    this.laidOut = laidOut;
    this.postGraph();
    this.postCursor(false);
  }

  /** The layout to post with `graph`: the current one when its key is unchanged or the last drawing stays. */
  private async layOut(graph: PreviewGraph): Promise<GraphPreview['laidOut']> {
    const current = this.laidOut;
    if (current !== undefined && keepsLastGraph(graph, current.graph)) return current;
    const key = layoutKey(graph);
    if (current !== undefined && current.key === key) return { ...current, graph };
    return { graph, key, layout: await this.deps.layout(graph) };
  }

  /**
   * Posts the graph and its layout. While the text is broken, the layout is the last good graph's:
   * a reloaded webview (`fresh`), which has no drawing to keep, first gets that graph to draw.
   */
  private postGraph(fresh = false): void {
    if (!this.graph || !this.hash || !this.laidOut) return;
    const fileName = path.posix.basename(this.uri.path);
    const { graph, hash, laidOut } = this;
    const message = { type: 'graph', uri: this.uri.toString(), fileName, hash, layout: laidOut.layout } as const;
    if (fresh && laidOut.graph !== graph) this.post({ ...message, graph: laidOut.graph });
    this.post({ ...message, graph });
  }

  private postCursor(force: boolean): void {
    const id = this.graph && this.cursor ? stateAt(this.graph, this.cursor)?.id : undefined;
    if (!force && id === this.postedCursor) return;
    this.postedCursor = id;
    this.post({ type: 'cursor', stateId: id });
  }

  private post(message: HostToWebview): void {
    if (this.disposed || !this.webviewLoaded) return;
    logFailure(this.panel.webview.postMessage(message), `Graph preview: posting ${message.type}`, this.deps.log);
  }

  private reportOnce(message: string): void {
    if (this.failing) return;
    this.failing = true;
    this.deps.log.warn(`Graph preview: ${message}`);
  }
}

export function previewTitle(uri: vscode.Uri): string {
  return `Graph: ${path.posix.basename(uri.path)}`;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
