// The diagnostics reports the language client has received, per document version (pull model:
// VS Code asks, the server answers for the version it was asked about). Lets the e2e tests wait
// for the server's answer for a given version, an event, instead of sleeping. Knows nothing about ASL.
import type * as vscode from 'vscode';
import type { Middleware, vsdiag } from 'vscode-languageclient/node';

interface Received {
  readonly version: number;
  readonly items: readonly vscode.Diagnostic[];
}

interface Waiter {
  readonly uri: string;
  readonly version: number;
  readonly resolve: (items: readonly vscode.Diagnostic[]) => void;
}

export class DiagnosticsReports {
  private readonly latest = new Map<string, Received>();
  private waiters: Waiter[] = [];

  /** Client middleware that records every document report on its way to VS Code. */
  readonly middleware: Middleware = {
    provideDiagnostics: async (document, previousResultId, token, next) => {
      if (!('version' in document)) return next(document, previousResultId, token); // a closed file
      const version = document.version; // the version asked about, before the document moves on
      const report = await next(document, previousResultId, token);
      if (report !== undefined && report !== null) this.record(document.uri, version, report);
      return report;
    },
  };

  /** The diagnostics of the first report for `version` (or a later one) of the document at `uri`. */
  received(uri: vscode.Uri, version: number): Promise<readonly vscode.Diagnostic[]> {
    const key = uri.toString();
    const known = this.latest.get(key);
    if (known !== undefined && known.version >= version) return Promise.resolve(known.items);
    return new Promise((resolve) => this.waiters.push({ uri: key, version, resolve }));
  }

  private record(uri: vscode.Uri, version: number, report: vsdiag.DocumentDiagnosticReport): void {
    const key = uri.toString();
    const items = 'items' in report ? report.items : (this.latest.get(key)?.items ?? []); // 'unChanged': as before
    this.latest.set(key, { version, items });
    const ready = this.waiters.filter((w) => w.uri === key && w.version <= version);
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve(items);
  }
}
