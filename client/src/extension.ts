// Extension entry (dist/extension.js): activate/deactivate wire the modules together, nothing
// else. All ASL knowledge lives in the language server (server/); this file only knows which
// pieces exist. The returned API is for the e2e tests (client/test/e2e), not a public contract.
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { ExecutionBus } from './executionBus';
import { DiagnosticsReports } from './diagnosticsReports';
import { ServerController } from './serverController';
import { registerDebugger } from './debug';
import type { ServerState } from './serverState';
import type { PreviewSnapshot } from './preview/graphPreview';
import { registerPreviewCommands } from './preview/previewCommands';
import { PreviewManager } from './preview/previewManager';
import { registerTesting } from './testing';
import type { DefinitionCoverage } from '../../server/src/testProtocol';
import { registerLanguageStatus, type LanguageStatusSnapshot } from './status/languageStatus';
import { registerWalkthrough } from './walkthrough';
import type { ExecutionOverlay } from '../../server/src/debugProtocol';

export interface AslStudioApi {
  serverState(): ServerState;
  whenServerReady(): Promise<void>;
  /** The open graph previews and what they last showed. */
  graphPreviews(): PreviewSnapshot[];
  /** The channel the debugger and the Run command publish execution overlays on. */
  readonly executionBus: ExecutionBus;
  /** The overlay the ExecutionBus holds for a definition file (debug session or last run). */
  executionOverlay(definitionPath: string): ExecutionOverlay | undefined;
  /** The diagnostics the server reported for `version` (or a later one) of a document. */
  diagnosticsReceived(uri: vscode.Uri, version: number): Promise<readonly vscode.Diagnostic[]>;
  /** The Testing view's controller (test files and cases). */
  readonly testController: vscode.TestController;
  /** The coverage the editor shows for a definition file (last coverage run). */
  testCoverage(definitionPath: string): DefinitionCoverage | undefined;
  /** The texts of the language status items (server state; query language and states of the active file). */
  languageStatus(): LanguageStatusSnapshot;
}

let controller: ServerController | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<AslStudioApi> {
  const output = vscode.window.createOutputChannel('ASL Studio', { log: true });
  const reports = new DiagnosticsReports();
  const server = new ServerController(context, output, reports.middleware);
  controller = server;
  const executionBus = new ExecutionBus();
  const previews = new PreviewManager(context.extensionUri, server, executionBus, output);
  context.subscriptions.push(output, server.watchSettings(), ...registerCommands(server));
  context.subscriptions.push(executionBus, previews, ...registerPreviewCommands(previews));
  context.subscriptions.push(...registerDebugger(context, { bus: executionBus, server, log: output }));
  const testing = registerTesting(context, { server, graph: previews, log: output });
  context.subscriptions.push(...testing.disposables);
  const status = registerLanguageStatus(server, output);
  context.subscriptions.push(...status.disposables, ...registerWalkthrough(context));
  // Not awaited: a failing server must not fail activation (commands stay usable for a restart).
  server
    .start()
    .catch((err: unknown) => output.error(`No language server (${String(err)}): try Restart Language Server`));
  return {
    serverState: () => server.state,
    whenServerReady: () => server.whenReady(),
    graphPreviews: () => previews.snapshot(),
    executionBus,
    executionOverlay: (path) => executionBus.overlayFor(path),
    diagnosticsReceived: (uri, version) => reports.received(uri, version),
    testController: testing.controller,
    testCoverage: (path) => testing.coverage.coverageOf(path),
    languageStatus: status.snapshot,
  };
}

export function deactivate(): Promise<void> | undefined {
  return controller?.stop();
}
