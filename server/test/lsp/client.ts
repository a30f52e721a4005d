/*
 * A minimal LSP test client over a JSON-RPC MessageConnection (a spawned server's stdio, or
 * in-process streams): initialize, open/change/close documents, requests, and waiting for
 * publishDiagnostics. `errors` keeps what the server logged as errors (runSafe's caught feature
 * crashes): tests assert it is empty, so an empty answer that hides a crash fails.
 */
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { MessageType } from 'vscode-languageserver-protocol';
import type {
  Diagnostic,
  InitializeResult,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';

type Waiter = {
  uri: string;
  predicate: (p: PublishDiagnosticsParams) => boolean;
  resolve: (p: PublishDiagnosticsParams) => void;
};

export class TestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  readonly errors: string[] = [];
  private waiters: Waiter[] = [];

  constructor(readonly connection: MessageConnection) {
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      const ready = this.waiters.filter((w) => w.uri === p.uri && w.predicate(p));
      this.waiters = this.waiters.filter((w) => !ready.includes(w));
      for (const w of ready) w.resolve(p);
    });
    connection.onNotification('window/logMessage', (p: { type: number; message: string }) => {
      this.logs.push(p.message);
      if (p.type === MessageType.Error) this.errors.push(p.message);
    });
    connection.listen();
  }

  initialize(capabilities: object = {}): Promise<InitializeResult> {
    return this.connection
      .sendRequest('initialize', { processId: null, rootUri: null, capabilities })
      .then(async (result) => {
        await this.connection.sendNotification('initialized', {});
        return result as InitializeResult;
      });
  }

  open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version, text },
    });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges,
    });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** The next (or an already received) publishDiagnostics for `uri` that satisfies `predicate`. */
  diagnostics(uri: string, predicate: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<Diagnostic[]> {
    const seen = this.published.find((p) => p.uri === uri && predicate(p));
    if (seen !== undefined) return Promise.resolve(seen.diagnostics);
    return new Promise((resolve) => this.waiters.push({ uri, predicate, resolve })).then(
      (p) => (p as PublishDiagnosticsParams).diagnostics,
    );
  }
}
