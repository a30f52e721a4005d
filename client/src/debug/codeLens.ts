// "Run | Debug" code lenses above the top-level StartAt: one pair per mock test case beside the
// file (or one plain pair). StartAt's position comes from the language server's asl/stateGraph,
// the test cases from asl/launchCandidates; lenses refresh when an input or mock file changes.
import * as vscode from 'vscode';
import { StateGraphRequest, type StateGraph, type StateGraphParams } from '../../../server/src/protocol';
import { DEBUG_COMMAND, RUN_COMMAND } from './runDebugCommands';
import type { RequestCandidates } from './targets';

export interface GraphServer {
  request(type: typeof StateGraphRequest, params: StateGraphParams): Promise<StateGraph>;
}

export class RunDebugLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly watcher = vscode.workspace.createFileSystemWatcher('**/*.{input,mocks}.json');
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(
    private readonly server: GraphServer,
    private readonly candidates: RequestCandidates,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const refresh = () => this.changed.fire();
    this.watcher.onDidCreate(refresh);
    this.watcher.onDidChange(refresh);
    this.watcher.onDidDelete(refresh);
  }

  async provideCodeLenses(doc: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (doc.uri.scheme !== 'file') return [];
    try {
      const [graph, candidates] = await Promise.all([
        this.server.request(StateGraphRequest, { textDocument: { uri: doc.uri.toString() } }),
        this.candidates(doc.uri.fsPath),
      ]);
      const startAt = graph.edges.find((e) => e.kind === 'StartAt' && e.machine === 'root');
      if (startAt === undefined) return [];
      const line = startAt.range.start.line;
      return lensesAt(new vscode.Range(line, 0, line, 0), doc.uri, candidates.mocks?.testCases ?? []);
    } catch (error) {
      this.log.error(`Run/Debug code lenses for ${doc.uri.fsPath}: ${String(error)}`);
      return [];
    }
  }

  dispose(): void {
    this.watcher.dispose();
    this.changed.dispose();
  }
}

function lensesAt(range: vscode.Range, uri: vscode.Uri, testCases: readonly string[]): vscode.CodeLens[] {
  const lens = (title: string, command: string, args: unknown[], tooltip: string) =>
    new vscode.CodeLens(range, { title, command, arguments: args, tooltip });
  if (testCases.length === 0)
    return [
      lens('$(play) Run', RUN_COMMAND, [uri], 'Run this state machine (asl run)'),
      lens('$(debug-alt) Debug', DEBUG_COMMAND, [uri], 'Debug this state machine'),
    ];
  return testCases.flatMap((name) => [
    lens(`$(play) Run ${name}`, RUN_COMMAND, [uri, name], `Run with mock test case ${name}`),
    lens(`$(debug-alt) Debug ${name}`, DEBUG_COMMAND, [uri, name], `Debug with mock test case ${name}`),
  ]);
}
