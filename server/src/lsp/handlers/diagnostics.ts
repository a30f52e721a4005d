/*
 * Diagnostics push: validate immediately on open, debounced after changes, clear on close. Uses the
 * shared document cache, so a completion request after a change does not parse again.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from '../context';
import { toDiagnostic } from '../convert';
import { runSafe } from '../runSafe';

export function registerDiagnostics(ctx: ServerContext): void {
  const timers = new Map<string, NodeJS.Timeout>();
  const cancel = (uri: string): void => {
    clearTimeout(timers.get(uri));
    timers.delete(uri);
  };
  const opened = new Set<string>();
  ctx.documents.onDidOpen((e) => {
    opened.add(e.document.uri);
    publish(ctx, e.document);
  });
  ctx.documents.onDidChangeContent((e) => {
    if (opened.delete(e.document.uri)) return; // the open event itself: already published
    cancel(e.document.uri);
    timers.set(e.document.uri, setTimeout(() => (timers.delete(e.document.uri), publishLatest(ctx, e.document.uri)), ctx.diagnosticsDelay));
  });
  ctx.documents.onDidClose((e) => {
    cancel(e.document.uri);
    opened.delete(e.document.uri);
    ctx.cache.delete(e.document.uri);
    void ctx.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
}

function publishLatest(ctx: ServerContext, uri: string): void {
  const doc = ctx.documents.get(uri);
  if (doc !== undefined) publish(ctx, doc);
}

function publish(ctx: ServerContext, doc: TextDocument): void {
  const diagnostics = runSafe(ctx.connection.console, 'diagnostics', [], undefined, () =>
    ctx.service.doValidation(ctx.cache.get(doc)).map((d) => toDiagnostic(doc, d)),
  );
  void ctx.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
}
