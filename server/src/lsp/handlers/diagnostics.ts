/*
 * Diagnostics, push or pull as the client chose at initialize. Push: validate at once on open,
 * debounced after changes, clear on close. Pull (textDocument/diagnostic): the report of the
 * current version, or "unchanged" when the client already has it. Uses the shared document cache,
 * so a completion request after a change does not parse again.
 */
import {
  DocumentDiagnosticReportKind,
  type DocumentDiagnosticReport,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from '../context';
import { toDiagnostic } from '../convert';
import { runSafe } from '../runSafe';
import { collectWhenIdle } from '../idleCollection';

export function registerDiagnostics(ctx: ServerContext): void {
  registerPush(ctx);
  registerPull(ctx);
}

function registerPush(ctx: ServerContext): void {
  const timers = new Map<string, NodeJS.Timeout>();
  const cancel = (uri: string): void => {
    clearTimeout(timers.get(uri));
    timers.delete(uri);
  };
  const opened = new Set<string>();
  const pushing = (): boolean => ctx.diagnosticsMode === 'push';
  ctx.documents.onDidOpen((e) => {
    if (!pushing()) return;
    opened.add(e.document.uri);
    publish(ctx, e.document);
  });
  ctx.documents.onDidChangeContent((e) => {
    if (!pushing() || opened.delete(e.document.uri)) return; // the open event itself: already published
    cancel(e.document.uri);
    timers.set(
      e.document.uri,
      setTimeout(() => (timers.delete(e.document.uri), publishLatest(ctx, e.document.uri)), ctx.diagnosticsDelay),
    );
  });
  ctx.documents.onDidClose((e) => {
    cancel(e.document.uri);
    opened.delete(e.document.uri);
    ctx.cache.delete(e.document.uri);
    if (pushing()) send(ctx, { uri: e.document.uri, diagnostics: [] });
  });
}

function registerPull(ctx: ServerContext): void {
  /* a result id names one version of one open document; ids are never reused in a session */
  const ids = new Map<string, { version: number; id: string }>();
  let next = 0;
  ctx.documents.onDidClose((e) => ids.delete(e.document.uri));
  ctx.connection.languages.diagnostics.on((params): DocumentDiagnosticReport => {
    const doc = ctx.documents.get(params.textDocument.uri);
    if (doc === undefined) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    let current = ids.get(doc.uri);
    if (current === undefined || current.version !== doc.version)
      ids.set(doc.uri, (current = { version: doc.version, id: String(++next) }));
    if (params.previousResultId === current.id)
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: current.id };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: current.id, items: diagnosticsOf(ctx, doc) };
  });
}

function publishLatest(ctx: ServerContext, uri: string): void {
  const doc = ctx.documents.get(uri);
  if (doc !== undefined) publish(ctx, doc);
}

function publish(ctx: ServerContext, doc: TextDocument): void {
  send(ctx, { uri: doc.uri, version: doc.version, diagnostics: diagnosticsOf(ctx, doc) });
}

/** Pushes one report; a failed send (the connection is closing) is logged, not lost. */
function send(ctx: ServerContext, params: PublishDiagnosticsParams): void {
  ctx.connection.sendDiagnostics(params).catch((error: unknown) => {
    ctx.connection.console.error(`publishDiagnostics ${params.uri} failed: ${String(error)}`);
  });
}

function diagnosticsOf(ctx: ServerContext, doc: TextDocument): ReturnType<typeof toDiagnostic>[] {
  const diagnostics = runSafe(ctx.connection.console, 'diagnostics', [], undefined, () =>
    ctx.service.doValidation(ctx.cache.get(doc)).map((d) => toDiagnostic(doc, d)),
  );
  collectWhenIdle();
  return diagnostics;
}
