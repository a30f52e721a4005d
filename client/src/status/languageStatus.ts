// The language status items of ASL documents (the `{}` beside the language mode in the status bar):
// the language server's state, with Restart / Show Logs, and the active document's query language
// and state count, asked from the server (asl/documentSummary: the parsed model, no rule runs, so
// it also works while no graph preview is open). Knows no ASL itself.
import * as vscode from 'vscode';
import { DocumentSummaryRequest, type DocumentSummary, type DocumentSummaryParams } from '../../../server/src/protocol';
import { ALL_ASL_LANGUAGE_IDS } from '../languages';
import type { ServerState } from '../serverState';
import { documentStatusText, serverStatusText, type StatusText } from './statusText';

export const SERVER_ACTIONS_COMMAND = 'aslStudio.serverActions';
const PREVIEW_COMMAND = 'aslStudio.preview.open';
const REFRESH_DELAY_MS = 300;

export interface StatusSource {
  readonly state: ServerState;
  readonly onDidChangeState: vscode.Event<ServerState>;
  readonly onDidStart: vscode.Event<void>;
  request(type: typeof DocumentSummaryRequest, params: DocumentSummaryParams): Promise<DocumentSummary | null>;
  restart(): Promise<void>;
  showOutput(): void;
}

const SELECTOR: vscode.DocumentSelector = ALL_ASL_LANGUAGE_IDS.map((language) => ({ language }));

const SEVERITY: Record<StatusText['severity'], vscode.LanguageStatusSeverity> = {
  information: vscode.LanguageStatusSeverity.Information,
  warning: vscode.LanguageStatusSeverity.Warning,
  error: vscode.LanguageStatusSeverity.Error,
};

function apply(item: vscode.LanguageStatusItem, status: StatusText): void {
  item.text = status.text;
  item.detail = status.detail;
  item.severity = SEVERITY[status.severity];
  item.busy = status.busy;
}

/** What the two items show now (the e2e tests read it through the extension's API). */
export interface LanguageStatusSnapshot {
  readonly server: string;
  readonly document: string;
}

export function registerLanguageStatus(
  source: StatusSource,
  log: vscode.LogOutputChannel,
): { disposables: vscode.Disposable[]; snapshot: () => LanguageStatusSnapshot } {
  const server = vscode.languages.createLanguageStatusItem('aslStudio.server', SELECTOR);
  server.name = 'ASL Studio language server';
  server.command = { title: 'Restart / Logs', command: SERVER_ACTIONS_COMMAND };
  const showServer = (state: ServerState) => apply(server, serverStatusText(state));
  showServer(source.state);
  const document = new DocumentStatus(source, log);
  const disposables = [
    server,
    document,
    source.onDidChangeState(showServer),
    vscode.commands.registerCommand(SERVER_ACTIONS_COMMAND, () => pickServerAction(source)),
  ];
  return { disposables, snapshot: () => ({ server: server.text, document: document.text }) };
}

async function pickServerAction(source: StatusSource): Promise<void> {
  const restart = { label: '$(debug-restart) Restart Language Server', run: () => source.restart() };
  const logs = { label: '$(output) Show Language Server Output', run: () => Promise.resolve(source.showOutput()) };
  const picked = await vscode.window.showQuickPick([restart, logs], { placeHolder: 'ASL Studio language server' });
  await picked?.run();
}

/** The query language and state count of the active ASL document, refreshed on edits (debounced). */
class DocumentStatus implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('aslStudio.document', SELECTOR);
  private readonly subscriptions: vscode.Disposable[];
  private timer: NodeJS.Timeout | undefined;
  private asked = 0;

  constructor(
    private readonly source: StatusSource,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.item.name = 'ASL document';
    this.item.command = { title: 'Graph', command: PREVIEW_COMMAND, tooltip: 'Open Graph Preview' };
    apply(this.item, documentStatusText(undefined));
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule(REFRESH_DELAY_MS);
      }),
      source.onDidStart(() => this.schedule(0)),
    ];
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.refresh().catch((err: unknown) => this.log.warn(`Language status: ${String(err)}`));
    }, delayMs);
  }

  /** Asks the server about the active document; an answer that a newer question overtook is dropped. */
  private async refresh(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc === undefined || !ALL_ASL_LANGUAGE_IDS.includes(doc.languageId)) return;
    const ticket = ++this.asked;
    const summary = await this.source.request(DocumentSummaryRequest, { textDocument: { uri: doc.uri.toString() } });
    if (ticket === this.asked) apply(this.item, documentStatusText(summary));
  }

  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
