/*
 * Diagnostics, push or pull as the client chose at initialize, with the user's rule settings.
 * Push: validate at once on open, debounced after changes, clear on close. Pull
 * (textDocument/diagnostic): the report of the current version, or "unchanged" when the client
 * already has it. Uses the shared document cache, so a completion request after a change does not
 * parse again.
 */
import { DocumentDiagnosticReportKind, type DocumentDiagnosticReport } from 'vscode-languageserver';
import type { AslTextDocument } from '../textDocument';
import type { ServerContext } from '../context';
import { toDiagnostic } from '../convert';
import { runSafe } from '../runSafe';
import { collectWhenIdle } from '../idleCollection';
import { companionKind } from '../companionFiles';
import { companionDiagnostics } from './companions';

/** Registers push and pull; returns what re-sends every open document's diagnostics (after a settings change). */
export function registerDiagnostics(ctx: ServerContext): () => Promise<void> {
  registerPush(ctx);
  registerPull(ctx);
  registerCompanionRefresh(ctx);
  return () => refreshAll(ctx);
}

/**
 * A companion (mock) file's findings depend on the definitions beside it: when an open definition
 * is opened, edited or closed, the open companions are checked again (pushed, or pulled after a
 * refresh), debounced like the definition's own diagnostics.
 */
function registerCompanionRefresh(ctx: ServerContext): void {
  let timer: NodeJS.Timeout | undefined;
  const schedule = (uri: string): void => {
    if (companionKind(uri) !== undefined) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      refreshCompanions(ctx).catch((error: unknown) =>
        ctx.connection.console.error(`refreshing mock file diagnostics failed: ${String(error)}`),
      );
    }, ctx.diagnosticsDelay);
  };
  ctx.documents.onDidChangeContent((e) => schedule(e.document.uri));
  ctx.documents.onDidClose((e) => schedule(e.document.uri));
}

async function refreshCompanions(ctx: ServerContext): Promise<void> {
  const companions = ctx.documents.all().filter((doc) => companionKind(doc.uri) !== undefined);
  if (companions.length === 0) return;
  ctx.definitionsGeneration++;
  if (ctx.diagnosticsMode === 'push') await Promise.all(companions.map((doc) => publish(ctx, doc)));
  else if (ctx.diagnosticsRefresh) await ctx.connection.languages.diagnostics.refresh();
}

async function refreshAll(ctx: ServerContext): Promise<void> {
  if (ctx.diagnosticsMode === 'pull') {
    // without refresh support the client's next pull gets the new report (result ids changed)
    if (ctx.diagnosticsRefresh) await ctx.connection.languages.diagnostics.refresh();
    return;
  }
  await Promise.all(ctx.documents.all().map((doc) => publish(ctx, doc)));
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
    publishLogged(ctx, e.document);
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
    if (!pushing()) return;
    ctx.connection
      .sendDiagnostics({ uri: e.document.uri, diagnostics: [] })
      .catch((error: unknown) =>
        ctx.connection.console.error(`clearing diagnostics of ${e.document.uri} failed: ${String(error)}`),
      );
  });
}

function registerPull(ctx: ServerContext): void {
  /* a result id names one version of one open document; ids are never reused in a session */
  const ids = new Map<string, { version: string; id: string }>();
  let next = 0;
  ctx.documents.onDidClose((e) => ids.delete(e.document.uri));
  ctx.connection.languages.diagnostics.on((params): DocumentDiagnosticReport => {
    const doc = ctx.documents.get(params.textDocument.uri);
    if (doc === undefined) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    let current = ids.get(doc.uri);
    const companion = companionKind(doc.uri) === undefined ? '' : `/${ctx.definitionsGeneration}`;
    const version = `${doc.version}/${ctx.settingsGeneration}${companion}`;
    if (current === undefined || current.version !== version)
      ids.set(doc.uri, (current = { version, id: String(++next) }));
    if (params.previousResultId === current.id)
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: current.id };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: current.id, items: diagnosticsOf(ctx, doc) };
  });
}

function publishLatest(ctx: ServerContext, uri: string): void {
  const doc = ctx.documents.get(uri);
  if (doc !== undefined) publishLogged(ctx, doc);
}

/** publish() from an event handler: a failure (the connection went away) is logged, not lost. */
function publishLogged(ctx: ServerContext, doc: AslTextDocument): void {
  publish(ctx, doc).catch((error: unknown) =>
    ctx.connection.console.error(`publishing diagnostics of ${doc.uri} failed: ${String(error)}`),
  );
}

function publish(ctx: ServerContext, doc: AslTextDocument): Promise<void> {
  return ctx.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: diagnosticsOf(ctx, doc) });
}

function diagnosticsOf(ctx: ServerContext, doc: AslTextDocument): ReturnType<typeof toDiagnostic>[] {
  if (companionKind(doc.uri) !== undefined)
    return runSafe(ctx.connection.console, 'companionDiagnostics', [], undefined, () => companionDiagnostics(ctx, doc));
  const diagnostics = runSafe(ctx.connection.console, 'diagnostics', [], undefined, () =>
    ctx.cache
      .diagnostics(doc, ctx.settingsGeneration, { ruleSettings: ctx.ruleSettings })
      .map((d) => toDiagnostic(doc, d)),
  );
  collectWhenIdle(doc.source);
  return diagnostics;
}
