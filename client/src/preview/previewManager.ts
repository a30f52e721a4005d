/*
 * Owns every graph preview panel: opens them (one per document, or one that follows the active
 * editor: `aslStudio.preview.mode`), revives them after a window reload (WebviewPanelSerializer;
 * no retainContextWhenHidden), and routes editor events to them: edits (debounced refresh), cursor
 * moves, execution overlays from the ExecutionBus. Knows nothing of the graph's content.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExecutionOverlay } from '../../../server/src/debugProtocol';
import type { RequestType } from 'vscode-languageserver-protocol';
import { decodePreviewResult, PreviewGraphRequest, type PreviewGraphResult } from '../../../server/src/protocol';
import type { ExecutionBus, OverlayChange } from '../executionBus';
import { serveToolkitLanguages } from '../languageClient';
import { isServed } from '../languages';
import { logFailure } from './failures';
import { GraphPreview, type PreviewDeps, type PreviewSnapshot, type ToolbarAction } from './graphPreview';
import { pathKey } from './paths';
import { createPanel, preparePanel, PREVIEW_VIEW_TYPE } from './previewPanel';
import { handleWebviewMessage } from './webviewMessages';
import { LayoutPool } from './layoutPool';

type PreviewMode = 'perDocument' | 'followActiveEditor';
type OpenWhere = 'beside' | 'current';
const MODE_SETTING = 'aslStudio.preview.mode';
const WARM_UP_SETTING = 'aslStudio.preview.warmUpLayout';
/** The layout threads warm up this long after the extension starts (after the language server's start). */
const WARM_UP_DELAY_MS = 3000;
/** Context key: at least one graph preview is open (enables the preview commands in the palette). */
const OPEN_CONTEXT = 'aslStudio.graphPreviewOpen';

/** What the manager needs from the language server side (ServerController). */
export interface GraphServer {
  request<P, R>(type: RequestType<P, R, void>, params: P): Promise<R>;
  readonly onDidStart: vscode.Event<void>;
}

export class PreviewManager implements vscode.Disposable {
  private readonly previews = new Set<GraphPreview>();
  /** The bus's overlays by pathKey, so a document finds its overlay whatever the publisher's path spelling. */
  private readonly overlays = new Map<string, ExecutionOverlay>();
  /** The states the last coverage run of a definition (by pathKey) did not reach. */
  private readonly uncovered = new Map<string, readonly string[]>();
  private lastActive: GraphPreview | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly deps: PreviewDeps;
  private readonly layouts: LayoutPool;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly server: GraphServer,
    private readonly bus: ExecutionBus,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.layouts = new LayoutPool(vscode.Uri.joinPath(extensionUri, 'dist', 'layoutThread.js').fsPath);
    this.scheduleWarmUp();
    this.deps = {
      fetchGraph: (uri, hash) => this.fetchGraph(uri, hash),
      layout: (graph) => this.layouts.layout(graph),
      overlayFor: (uri) => this.overlayFor(uri),
      uncoveredFor: (uri) => (uri.scheme === 'file' ? this.uncovered.get(pathKey(uri.fsPath)) : undefined),
      log,
    };
    this.subscriptions.push(
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: (panel, state) => this.revive(panel, state),
      }),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      vscode.window.onDidChangeTextEditorSelection((e) => this.onSelection(e)),
      vscode.window.onDidChangeActiveTextEditor((e) => this.onActiveEditor(e)),
      vscode.workspace.onDidRenameFiles((e) => this.onRename(e)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(MODE_SETTING)) this.applyMode();
      }),
      bus.onDidChange((change) => this.onOverlay(change)),
      server.onDidStart(() => this.refreshVisible()),
    );
  }

  /** Opens (or reveals) the preview of `target`, else of the active editor's document. */
  async open(target: vscode.Uri | undefined, where: OpenWhere): Promise<void> {
    const document = await this.documentToPreview(target);
    if (!document) return;
    const existing = this.mode() === 'followActiveEditor' ? this.follower() : this.previewOf(document.uri);
    if (existing) {
      existing.show(document.uri, cursorIn(document.uri));
      existing.panel.reveal(revealColumn(existing.panel, where), where === 'beside');
      return this.announceShown();
    }
    const column = where === 'beside' ? vscode.ViewColumn.Beside : activeColumn();
    const panel = createPanel(this.extensionUri, document.uri, column, where === 'beside');
    this.attach(panel, document.uri, this.mode() === 'followActiveEditor');
  }

  /** The preview the toolbar commands act on: the focused one, else the last focused, else any. */
  activePreview(): GraphPreview | undefined {
    return this.lastActive ?? this.previews.values().next().value;
  }

  runAction(action: ToolbarAction): void {
    this.activePreview()?.runAction(action);
  }

  snapshot(): PreviewSnapshot[] {
    return [...this.previews].map((p) => p.snapshot());
  }

  dispose(): void {
    for (const preview of this.previews) preview.panel.dispose();
    for (const s of this.subscriptions) s.dispose();
    logFailure(this.layouts.dispose(), 'Graph preview: stopping the layout threads', this.log);
  }

  /**
   * Unless turned off, starts the layout threads at once (elkjs loaded) and warms them up in the
   * background a little later (a preview that opens stops the warm-up).
   */
  private scheduleWarmUp(): void {
    if (!vscode.workspace.getConfiguration().get<boolean>(WARM_UP_SETTING, true)) return;
    logFailure(this.layouts.boot(), 'Graph preview: starting the layout threads', this.log);
    const timer = setTimeout(
      () => logFailure(this.layouts.warmUp(), 'Graph preview: warming the layout threads up', this.log),
      WARM_UP_DELAY_MS,
    );
    timer.unref();
    this.subscriptions.push({ dispose: () => clearTimeout(timer) });
  }

  private async revive(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const uri = persistedUri(state);
    if (!uri) {
      this.log.warn('Graph preview: a restored preview had no document; closed it');
      return panel.dispose();
    }
    try {
      await vscode.workspace.openTextDocument(uri);
    } catch (err) {
      this.log.warn(`Graph preview: cannot reopen ${uri.toString(true)} (${String(err)}); closed its preview`);
      return panel.dispose();
    }
    this.attach(panel, uri, this.mode() === 'followActiveEditor' && !this.follower());
    this.log.info(`Graph preview: restored the preview of ${uri.toString(true)}`);
  }

  private attach(panel: vscode.WebviewPanel, uri: vscode.Uri, follows: boolean): void {
    preparePanel(panel, this.extensionUri);
    const preview = new GraphPreview(panel, uri, follows, this.deps);
    this.previews.add(preview);
    this.lastActive = preview;
    this.updateContext();
    this.announceShown();
    const subscriptions = [
      panel.webview.onDidReceiveMessage((raw) =>
        logFailure(handleWebviewMessage(preview, raw, this.log), 'Graph preview message', this.log),
      ),
      panel.onDidChangeViewState(() => this.onViewState(preview)),
    ];
    panel.onDidDispose(() => this.forget(preview, subscriptions));
    const cursor = cursorIn(uri);
    if (cursor) preview.moveCursor(cursor);
    preview.refreshNow();
  }

  private forget(preview: GraphPreview, subscriptions: vscode.Disposable[]): void {
    preview.dispose();
    for (const s of subscriptions) s.dispose();
    this.previews.delete(preview);
    if (this.lastActive === preview) this.lastActive = undefined;
    this.updateContext();
    this.announceShown();
  }

  /** Tells the bus which definition files the previews show (debug sessions send their inputs and outputs then). */
  private announceShown(): void {
    const files = [...this.previews].map((p) => p.documentUri).filter((uri) => uri.scheme === 'file');
    this.bus.setShown(files.map((uri) => uri.fsPath));
  }

  private onViewState(preview: GraphPreview): void {
    if (preview.panel.active) this.lastActive = preview;
    if (!preview.panel.visible) preview.webviewHidden();
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0) return;
    for (const preview of this.previewsOf(e.document.uri)) preview.documentChanged();
    this.expireRunOverlay(e.document.uri);
  }

  /** A Run State Machine overlay describes the text that ran: the first edit after it clears it. */
  private expireRunOverlay(uri: vscode.Uri): void {
    const overlay = this.overlayFor(uri);
    if (overlay?.source === 'run') this.bus.clear(overlay.definitionPath);
  }

  private onSelection(e: vscode.TextEditorSelectionChangeEvent): void {
    for (const preview of this.previewsOf(e.textEditor.document.uri)) preview.moveCursor(e.selections[0].active);
  }

  private onActiveEditor(editor: vscode.TextEditor | undefined): void {
    if (!editor || this.mode() !== 'followActiveEditor' || !isPreviewable(editor.document)) return;
    this.follower()?.show(editor.document.uri, editor.selection.active);
    this.announceShown();
  }

  /** A renamed (or moved) definition keeps its preview. */
  private onRename(e: vscode.FileRenameEvent): void {
    for (const { oldUri, newUri } of e.files)
      for (const preview of this.previewsOf(oldUri)) preview.show(newUri, cursorIn(newUri));
    this.announceShown();
  }

  /** The Testing view's coverage: marks `uncovered` states on the definition's previews (undefined clears). */
  setUncovered(definitionPath: string, uncovered: readonly string[] | undefined): void {
    const key = pathKey(definitionPath);
    if (uncovered === undefined) this.uncovered.delete(key);
    else this.uncovered.set(key, uncovered);
    for (const preview of this.previews) {
      const uri = preview.documentUri;
      if (uri.scheme === 'file' && pathKey(uri.fsPath) === key) preview.setUncovered(uncovered);
    }
  }

  private onOverlay(change: OverlayChange): void {
    const key = pathKey(change.definitionPath);
    if (change.overlay) this.overlays.set(key, change.overlay);
    else this.overlays.delete(key);
    for (const preview of this.previews) {
      const uri = preview.documentUri;
      if (uri.scheme === 'file' && pathKey(uri.fsPath) === key) preview.setOverlay(change.overlay);
    }
  }

  private applyMode(): void {
    const follow = this.mode() === 'followActiveEditor';
    for (const preview of this.previews) preview.follows = false;
    const follower = follow ? this.activePreview() : undefined;
    if (!follower) return;
    follower.follows = true;
    this.onActiveEditor(vscode.window.activeTextEditor);
  }

  private refreshVisible(): void {
    for (const preview of this.previews) if (preview.panel.visible) preview.refreshNow();
  }

  private async fetchGraph(uri: vscode.Uri, knownHash: string | undefined): Promise<PreviewGraphResult | null> {
    await vscode.workspace.openTextDocument(uri); // the server answers only for open documents
    const textDocument = { uri: uri.toString() };
    return decodePreviewResult(await this.server.request(PreviewGraphRequest, { textDocument, knownHash }));
  }

  private overlayFor(uri: vscode.Uri): ExecutionOverlay | undefined {
    if (uri.scheme !== 'file') return undefined;
    return this.overlays.get(pathKey(uri.fsPath)) ?? this.bus.overlayFor(uri.fsPath);
  }

  private async documentToPreview(target: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
    const uri = target ?? vscode.window.activeTextEditor?.document.uri ?? this.activePreview()?.documentUri;
    if (!uri) return complain('Open Graph Preview: open an Amazon States Language document first.', this.log);
    const document = await vscode.workspace.openTextDocument(uri);
    if (isPreviewable(document)) return document;
    return complain(`Open Graph Preview: ${notPreviewableReason(document)}`, this.log);
  }

  private mode(): PreviewMode {
    const value = vscode.workspace.getConfiguration().get<string>(MODE_SETTING);
    return value === 'followActiveEditor' ? 'followActiveEditor' : 'perDocument';
  }

  private follower(): GraphPreview | undefined {
    return [...this.previews].find((p) => p.follows);
  }

  private previewOf(uri: vscode.Uri): GraphPreview | undefined {
    return this.previewsOf(uri)[0];
  }

  private previewsOf(uri: vscode.Uri): GraphPreview[] {
    const key = uri.toString();
    return [...this.previews].filter((p) => p.documentUri.toString() === key);
  }

  private updateContext(): void {
    const open = this.previews.size > 0;
    logFailure(vscode.commands.executeCommand('setContext', OPEN_CONTEXT, open), 'setContext', this.log);
  }
}

function isPreviewable(document: vscode.TextDocument): boolean {
  return isServed(document.languageId, document.uri.scheme, serveToolkitLanguages());
}

/** The cursor in an editor of `uri`: the active editor's when it shows it, else a visible one's. */
function cursorIn(uri: vscode.Uri): vscode.Position | undefined {
  const key = uri.toString();
  const showsIt = (e: vscode.TextEditor | undefined) => e?.document.uri.toString() === key;
  const active = vscode.window.activeTextEditor;
  const editor = showsIt(active) ? active : vscode.window.visibleTextEditors.find(showsIt);
  return editor?.selection.active;
}

function activeColumn(): vscode.ViewColumn {
  return vscode.window.tabGroups.activeTabGroup.viewColumn;
}

/** Where an existing preview goes: the current column, or beside when it would hide the active editor. */
function revealColumn(panel: vscode.WebviewPanel, where: OpenWhere): vscode.ViewColumn | undefined {
  if (where === 'current') return activeColumn();
  return panel.viewColumn === activeColumn() ? vscode.ViewColumn.Beside : undefined;
}

/** The document URI a restored webview saved with setState (WebviewPersistedState), checked: it is untrusted. */
function persistedUri(state: unknown): vscode.Uri | undefined {
  if (typeof state !== 'object' || state === null || !('uri' in state) || typeof state.uri !== 'string')
    return undefined;
  try {
    return vscode.Uri.parse(state.uri, true);
  } catch {
    return undefined;
  }
}

function notPreviewableReason(document: vscode.TextDocument): string {
  const name = path.posix.basename(document.uri.path);
  if (isServed(document.languageId, document.uri.scheme, true))
    return `${name} is in the AWS Toolkit's ${document.languageId} mode; turn on aslStudio.serveToolkitLanguages to preview it.`;
  return (
    `${name} is not an Amazon States Language document (its language is ${document.languageId}; ` +
    'ASL Studio previews *.asl.json, *.asl.yaml and *.asl.yml files).'
  );
}

function complain(message: string, log: vscode.LogOutputChannel): undefined {
  logFailure(vscode.window.showErrorMessage(message), 'showErrorMessage', log);
  return undefined;
}
